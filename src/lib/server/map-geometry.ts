/**
 * The shapes a story's map draws, made at build time from Natural Earth 1:50m (world-atlas):
 * the story's states whole, and their neighbours around them as context.
 */
import worldText from 'world-atlas/countries-50m.json?raw';
import { boundsOf, buildMapGeometry, frameOf, type Box } from '$lib/map/geometry';
import type { MapGeometry } from '$lib/map/types';
import { statesOf } from '$lib/story/membership';
import type { ResolvedStory } from '$lib/story/resolve';

/** States the map is about: every member or former member, and every country place. */
export function mapStates(story: ResolvedStory): string[] {
	const places = story.places.flatMap((place) => (place.kind === 'country' ? [place.iso3] : []));
	return [...new Set([...statesOf(story), ...places])];
}

export function mapGeometry(story: ResolvedStory): MapGeometry {
	const world = JSON.parse(worldText);
	const members = statesOf(story);
	// First the story's states alone, to know where to look; then with their neighbours.
	const core = buildMapGeometry(world, { states: members, context: [0, 0, 0, 0] });
	const [west, south, east] = boundsOf(core, members);
	const context: Box = [west - 8, south - 8, east + 2, 80];
	const topology = buildMapGeometry(world, { states: mapStates(story), context });
	return { frame: frameOf(topology, members), topology };
}
