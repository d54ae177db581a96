/**
 * Boxes around a map's shapes, and the shapes' types: shared by the build, which makes the
 * shapes, and the pages, which frame them. Kept apart from geometry.ts so that the pages do
 * not load the build's country tables (iso-3166-1 alone is 24 KB).
 */
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Longitude/latitude box: [west, south, east, north], in degrees (east may pass 180). */
export type Box = [number, number, number, number];

export interface CountryProperties {
	/** Where the country's name label goes: [lon, lat]. */
	label: [number, number];
}

export type MapTopology = Topology<{
	countries: GeometryCollection<CountryProperties>;
}>;

export type Rings = Position[][];

export const round = (value: number, digits: number) =>
	Math.round(value * 10 ** digits) / 10 ** digits;

export function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bounds(rings: Rings): Box {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of rings[0] ?? []) {
		west = Math.min(west, lon!);
		east = Math.max(east, lon!);
		south = Math.min(south, lat!);
		north = Math.max(north, lat!);
	}
	return [west, south, east, north];
}

/** The box around the given countries' shapes. */
export function boundsOf(map: MapTopology, states: string[]): Box {
	const wanted = new Set(states);
	const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const country of feature(map, map.objects.countries).features) {
		if (!wanted.has(String(country.id)) || !country.geometry) continue;
		for (const polygon of polygonsOf(country.geometry as Polygon | MultiPolygon)) {
			const [west, south, east, north] = bounds(polygon);
			box[0] = Math.min(box[0], west);
			box[1] = Math.min(box[1], south);
			box[2] = Math.max(box[2], east);
			box[3] = Math.max(box[3], north);
		}
	}
	return box.map((value) => round(value, 2)) as Box;
}

/** A state wider than this, in degrees of longitude, is framed by its name, not its shape. */
export const WHOLE_STATE_SPAN = 60;

/**
 * The box the map opens on: around the label points of the given countries, with a margin
 * in degrees, and around the whole shape of each country narrower than `WHOLE_STATE_SPAN`.
 * It holds every name and the small states between them (Belarus to Tajikistan) at a
 * readable scale, rather than all of Russia down to Chukotka, which is a pan away; and an
 * archipelago whole (Indonesia, Sumatra to New Guinea), not cut at its name.
 */
export function frameOf(
	map: MapTopology,
	states: string[],
	margin: [number, number] = [6, 3]
): Box {
	const wanted = new Set(states);
	const points = map.objects.countries.geometries
		.filter((geometry) => wanted.has(String(geometry.id)))
		.map((geometry) => (geometry.properties as CountryProperties).label);
	const whole = states
		.map((state) => boundsOf(map, [state]))
		.filter(([west, , east]) => east - west < WHOLE_STATE_SPAN);
	const lons = points.map(([lon]) => lon);
	const lats = points.map(([, lat]) => lat);
	return [
		Math.min(...lons.map((lon) => lon - margin[0]), ...whole.map((box) => box[0])),
		Math.min(...lats.map((lat) => lat - margin[1]), ...whole.map((box) => box[1])),
		Math.max(...lons.map((lon) => lon + margin[0]), ...whole.map((box) => box[2])),
		Math.max(...lats.map((lat) => lat + margin[1]), ...whole.map((box) => box[3]))
	].map((value) => round(value, 2)) as Box;
}
