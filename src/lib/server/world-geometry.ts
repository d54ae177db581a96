/**
 * Every country's shape at coarse detail, for the studio's preview, which may name any state:
 * made at build time from Natural Earth 1:50m (world-atlas), as the story maps are, and
 * fetched only when the preview opens. The frame is the world's; the preview frames the
 * draft's own states.
 */
import worldText from 'world-atlas/countries-50m.json?raw';
import type { Topology } from 'topojson-specification';
import { alpha3, boundsOf, buildMapGeometry, type GeometryOptions } from '$lib/map/geometry';
import type { MapGeometry } from '$lib/map/types';

/** Coarse: the preview is drawn small, and every state of the world is in the file. */
export const WORLD_DETAIL = {
	minWeight: 0.15,
	minArea: 0.3,
	quantization: 4e3
} as const satisfies Partial<GeometryOptions>;

let cached: MapGeometry | undefined;

export function worldGeometry(): MapGeometry {
	if (cached) return cached;
	const world = JSON.parse(worldText) as Topology;
	const countries = world.objects.countries as { geometries: { id?: string | number }[] };
	const states = [...new Set(countries.geometries.flatMap((country) => alpha3(country.id) ?? []))];
	const topology = buildMapGeometry(world, {
		states,
		context: [-180, -90, 180, 90],
		...WORLD_DETAIL
	});
	cached = { frame: boundsOf(topology, states), topology };
	return cached;
}
