/** Lookups by id over a story, built once per story instead of scanning lists per event. */
import type { Actor, OutsideSource, Place } from './schema';
import type { ResolvedEvent, ResolvedStory } from './resolve';

export interface StoryIndex {
	places: Map<string, Place>;
	actors: Map<string, Actor>;
	sources: Map<string, OutsideSource>;
	events: Map<string, ResolvedEvent>;
}

/** A map by id, filled in a loop: no pair array per item (stories can hold 100,000 events). */
function byId<T extends { id: string }>(list: T[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const item of list) map.set(item.id, item);
	return map;
}

/**
 * The story's lookups. Events, the long list, are indexed when first asked for: a page that
 * draws 10,000 events but opens none of them never builds that map.
 */
export function indexStory(story: ResolvedStory): StoryIndex {
	let events: Map<string, ResolvedEvent> | undefined;
	return {
		places: byId(story.places),
		actors: byId(story.actors),
		sources: byId(story.sources),
		get events() {
			return (events ??= byId(story.events));
		}
	};
}

/** The events that took place at (or involve) the place, in their order. */
export function eventsAtPlace<T extends Pick<ResolvedEvent, 'places'>>(
	events: T[],
	placeId: string
): T[] {
	return events.filter((event) => event.places.includes(placeId));
}

/**
 * The events of every place, in their order: made once, so that choosing a place is a
 * lookup rather than a scan of the story (`eventsAtPlace` for one place).
 */
export function eventsByPlace<T extends Pick<ResolvedEvent, 'places'>>(
	events: T[]
): Map<string, T[]> {
	const byPlace = new Map<string, T[]>();
	for (const event of events) {
		for (const place of event.places) {
			let list = byPlace.get(place);
			if (!list) byPlace.set(place, (list = []));
			// An event naming a place twice is listed once.
			if (list[list.length - 1] !== event) list.push(event);
		}
	}
	return byPlace;
}
