/**
 * The shapes a story's map draws, made at build time from Natural Earth 1:50m (world-atlas):
 * the story's states whole, and their neighbours around them as context.
 */
import worldText from 'world-atlas/countries-50m.json?raw';
import {
	boundsOf,
	buildMapGeometry,
	frameOf,
	type Box,
	type GeometryOptions
} from '$lib/map/geometry';
import { focusStates, insetGeometry, type InsetGeometry } from '$lib/map/inset';
import type { MapGeometry } from '$lib/map/types';
import { statesOf } from '$lib/story/membership';
import type { ResolvedStory } from '$lib/story/resolve';

/** States the map is about: every member or former member, and every country place. */
export function mapStates(story: ResolvedStory): string[] {
	const places = story.places.flatMap((place) => (place.kind === 'country' ? [place.iso3] : []));
	return [...new Set([...statesOf(story), ...places])];
}

/**
 * How fine the shapes are. The story page's map is drawn at up to 76rem and zoomed in: the
 * story's states keep the finest detail; their neighbours, a quiet background, twenty times
 * coarser; islands and lakes under 0.3 square degrees left out (packed and gzipped, 10.9 KB
 * instead of 15.7 with every neighbour as fine as the states). An embed's shapes are coarser
 * still: the story's states keep twice the page's smallest detail, and coordinates are on a
 * grid half as fine.
 */
export const MAP_DETAIL = {
	page: { contextWeight: 0.2, minArea: 0.3 },
	embed: { minWeight: 0.02, contextWeight: 0.2, minArea: 0.3, quantization: 5e3 }
} as const satisfies Record<string, Partial<GeometryOptions>>;

export type MapDetail = keyof typeof MAP_DETAIL;

const cache = new Map<string, MapGeometry>();

export function mapGeometry(story: ResolvedStory, detail: MapDetail = 'page'): MapGeometry {
	const key = `${story.id}:${detail}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const world = JSON.parse(worldText);
	const members = statesOf(story);
	// First the story's states alone, to know where to look; then with their neighbours.
	const core = buildMapGeometry(world, { states: members, context: [0, 0, 0, 0] });
	const [west, south, east, north] = boundsOf(core, members);
	// Up to the Arctic for Russia, but no further north than the story's region needs.
	const context: Box = [west - 8, south - 8, east + 2, Math.min(north + 8, 80)];
	const topology = buildMapGeometry(world, {
		states: mapStates(story),
		context,
		...MAP_DETAIL[detail]
	});
	const geometry = { frame: frameOf(topology, members), topology };
	cache.set(key, geometry);
	return geometry;
}

const insets = new Map<string, InsetGeometry | null>();

/**
 * The inset of the story's map: the states it turns on, drawn large, when the map's frame
 * shows them too small to read. From the embed's coarser shapes when asked (lighter pages).
 */
export function mapInset(
	story: ResolvedStory,
	detail: MapDetail = 'page'
): InsetGeometry | undefined {
	const key = `${story.id}:${detail}`;
	if (!insets.has(key)) {
		const { frame, topology } = mapGeometry(story, detail);
		insets.set(key, insetGeometry(topology, frame, focusStates(story)) ?? null);
	}
	return insets.get(key) ?? undefined;
}
