/**
 * Country shapes for a story's map, made at build time from Natural Earth (world-atlas)
 * TopoJSON: only the countries the map draws, Russia made whole across the 180° meridian,
 * simplified and quantized so the browser downloads a few tens of kilobytes.
 */
import iso from 'iso-3166-1';
import polylabel from 'polylabel';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bounds, polygonsOf, round, type Box, type MapTopology, type Rings } from './bounds';

export {
	boundsOf,
	frameOf,
	WHOLE_STATE_SPAN,
	type Box,
	type CountryProperties,
	type MapTopology
} from './bounds';

export interface GeometryOptions {
	/** Countries the map is about (members, former members, places): always drawn whole. */
	states: string[];
	/** Neighbouring countries with a part inside this box are drawn as context. */
	context: Box;
	/** Smallest triangle area (square degrees) that simplification keeps. */
	minWeight?: number;
	/**
	 * The same for borders and coasts that only context countries draw (at least `minWeight`):
	 * a quiet background can be coarser than the states the map is about.
	 */
	contextWeight?: number;
	/** Smallest island or lake (square degrees) that is kept. */
	minArea?: number;
	/** Grid size of the output coordinates. */
	quantization?: number;
}

/** ISO 3166-1 alpha-3 of a world-atlas id (ISO numeric, as a string); undefined for disputed areas without one. */
export function alpha3(numericId: string | number | undefined): string | undefined {
	if (numericId === undefined) return undefined;
	return iso.whereNumeric(String(numericId).padStart(3, '0'))?.alpha3;
}

function intersects(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Put a country cut by the 180° meridian back in one piece in the east: Natural Earth
 * rings that cross it (Russia's Chukotka, Wrangel Island) jump from +180 to -180, and
 * parts wholly west of `meridian` (Chukotka's tip when cut apart) belong with them.
 * Their western longitudes move by +360°, which Leaflet draws east of 180°.
 */
export function shiftEast(polygons: Rings[], meridian = -150): Rings[] {
	return polygons.map((polygon) => {
		const [west, , east] = bounds(polygon);
		const crosses = west < meridian && east > -meridian;
		if (!crosses && east >= meridian) return polygon;
		return polygon.map((ring) => ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]));
	});
}

/** Mercator y of a latitude, so labels are placed in the shape as the reader sees it. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

function ringArea(ring: Position[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return Math.abs(area / 2);
}

/** The label point of a country: the pole of inaccessibility of its largest part, in Mercator space. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const projected = polygonsOf(geometry).map((polygon) =>
		polygon.map((ring) => ring.map(([lon, lat]) => [lon!, (mercatorY(lat!) * 180) / Math.PI]))
	);
	const largest = projected.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
	const [x, y] = polylabel(largest, 0.05);
	return [round(x!, 2), round(latitudeOf((y! * Math.PI) / 180), 2)];
}

/**
 * The map's countries from a world-atlas topology: `states` whole, and the parts of other
 * countries that fall within `context`. Ids are ISO alpha-3 codes.
 */
export function buildMapGeometry(world: Topology, options: GeometryOptions): MapTopology {
	const { states, context, minWeight = 0.01, minArea = 0.1, quantization = 1e4 } = options;
	const contextWeight = Math.max(minWeight, options.contextWeight ?? minWeight);
	const wanted = new Set(states);
	const source = feature(world, world.objects.countries as GeometryCollection);
	const features: Feature<MultiPolygon>[] = [];
	for (const country of source.features) {
		const id = alpha3(country.id);
		const geometry = country.geometry;
		if (!id || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
			continue;
		}
		const polygons = shiftEast(polygonsOf(geometry));
		const kept = wanted.has(id)
			? polygons
			: polygons.filter((polygon) => intersects(bounds(polygon), context));
		if (kept.length === 0) continue;
		features.push({
			type: 'Feature',
			id,
			properties: {},
			geometry: { type: 'MultiPolygon', coordinates: kept }
		});
	}
	const missing = states.filter((id) => !features.some((f) => f.id === id));
	if (missing.length > 0) throw new Error(`No Natural Earth shape for ${missing.join(', ')}`);

	// A shared topology, so that merging dissolves the seam left where a shape was cut at
	// 180°, and simplification keeps neighbours' borders in step.
	const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features };
	const joined = topology({ countries: collection }, 1e6);
	const geometries = (joined.objects.countries as GeometryCollection).geometries;
	const dissolved: FeatureCollection<Polygon | MultiPolygon> = {
		type: 'FeatureCollection',
		features: geometries.map((geometry, i) => ({
			type: 'Feature',
			id: features[i]!.id,
			properties: {},
			geometry: merge(joined, [geometry as never])
		}))
	};
	const weighted = presimplify(topology({ countries: dissolved }, 1e6) as never) as Topology;
	if (contextWeight > minWeight) coarsenContext(weighted, wanted, contextWeight);
	const simplified = simplify(weighted as never, minWeight);
	const filtered = filter(
		simplified as never,
		keepSmallStates(simplified, wanted, minArea) as never
	);
	const small = quantize(filtered, quantization) as MapTopology;
	// Labels from the simplified shapes, i.e. from what is drawn.
	const drawn = feature(small, small.objects.countries);
	small.objects.countries.geometries = small.objects.countries.geometries
		.map((geometry, i) => {
			const shape = drawn.features[i]!.geometry as Polygon | MultiPolygon | null;
			if (!shape || polygonsOf(shape).length === 0) return undefined;
			return { ...geometry, properties: { label: labelPoint(shape) } };
		})
		.filter((geometry) => geometry !== undefined);
	return small;
}

/** What topojson-simplify's `filter` calls: its types say a ring of points, it passes arc indexes. */
type RingFilter = (ring: number[], interior: boolean) => boolean;

/**
 * The area filter, except for the story's states it would wipe out whole: a city state
 * (Singapore, 0.06 square degrees) keeps its rings, so that every member has a shape.
 */
function keepSmallStates(simplified: unknown, states: Set<string>, minArea: number): RingFilter {
	const large = filterWeight(simplified as never, minArea) as unknown as RingFilter;
	const kept = new Set<number>();
	for (const geometry of (simplified as Topology<{ countries: GeometryCollection }>).objects
		.countries.geometries) {
		if (!states.has(String(geometry.id)) || !('arcs' in geometry)) continue;
		const polygons = (
			geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs
		) as number[][][];
		if (polygons.some((rings) => large(rings[0]!, false))) continue;
		for (const index of arcIndexes(polygons)) kept.add(index);
	}
	return (ring, interior) =>
		large(ring, interior) || ring.some((arc) => kept.has(arc < 0 ? ~arc : arc));
}

/** Every arc index a geometry's rings use (negative indexes are arcs walked backwards). */
function arcIndexes(arcs: unknown): number[] {
	return Array.isArray(arcs)
		? arcs.flatMap(arcIndexes)
		: [(arcs as number) < 0 ? ~(arcs as number) : (arcs as number)];
}

/**
 * Make simplification drop the points below `weight` on arcs that no state of the story
 * uses. Borders shared with a story state keep their detail, so neighbours still meet.
 */
function coarsenContext(weighted: Topology, states: Set<string>, weight: number) {
	const kept = new Set<number>();
	for (const geometry of (weighted.objects.countries as GeometryCollection).geometries) {
		if (states.has(String(geometry.id)) && 'arcs' in geometry)
			for (const index of arcIndexes(geometry.arcs)) kept.add(index);
	}
	weighted.arcs.forEach((arc, index) => {
		if (kept.has(index)) return;
		for (const point of arc as number[][]) if (point[2]! < weight) point[2] = 0;
	});
}
