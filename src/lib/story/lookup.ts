/** Lookups by id over a story, built once per story instead of scanning lists per event. */
import type { Actor, OutsideSource, Place } from './schema';
import type { ResolvedEvent, ResolvedStory } from './resolve';

export interface StoryIndex {
	places: Map<string, Place>;
	actors: Map<string, Actor>;
	sources: Map<string, OutsideSource>;
	events: Map<string, ResolvedEvent>;
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));

export function indexStory(story: ResolvedStory): StoryIndex {
	return {
		places: byId(story.places),
		actors: byId(story.actors),
		sources: byId(story.sources),
		events: byId(story.events)
	};
}

/** The events that took place at (or involve) the place, in their order. */
export function eventsAtPlace<T extends Pick<ResolvedEvent, 'places'>>(
	events: T[],
	placeId: string
): T[] {
	return events.filter((event) => event.places.includes(placeId));
}
