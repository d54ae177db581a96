/**
 * How the map and the timeline answer each other, as plain functions: what the map marks for
 * the selected event, which day it shows then, and which events a selected state brings
 * forward on the timeline. Pure, so the story page and the explorer embed agree.
 */
import { localized, type Language } from '$lib/i18n';
import { stateName } from '$lib/map/view';
import { eventStates } from '$lib/state/filter';
import type { StoryIndex } from '$lib/story/lookup';
import { eventsInvolving, selectableStates } from '$lib/story/membership';
import type { ResolvedEvent, ResolvedStory } from '$lib/story/resolve';

/** What the map marks and brings into view for an event. */
export interface MapHighlight {
	/** The states the event involves (ISO alpha-3), through its places. */
	states: string[];
	/** Its cities and sites (place ids): the map frames these when there are any. */
	places: string[];
}

export function eventHighlight(
	event: ResolvedEvent,
	index: Pick<StoryIndex, 'places'>,
	states: Map<string, string>
): MapHighlight {
	return {
		states: [...eventStates(event, states)],
		places: event.places.filter((id) => {
			const place = index.places.get(id);
			return place !== undefined && place.kind !== 'country';
		})
	};
}

/** The day the map shows for an event: the first day it covers (UTC ms at midnight). */
export function eventDay(event: Pick<ResolvedEvent, 'when'>): number {
	return Math.floor(event.when.start / 86_400_000) * 86_400_000;
}

/** The ids of the events that involve a state: those the timeline brings forward. */
export function stateEventIds(
	iso3: string,
	story: Pick<ResolvedStory, 'events' | 'places'>
): Set<string> {
	return new Set(eventsInvolving(iso3, story).map((event) => event.id));
}

/** The names of an event's places, in the reader's language: "Minsk, Biélorussie". */
export function placeNames(
	event: ResolvedEvent,
	index: Pick<StoryIndex, 'places'>,
	language: Language
): string {
	return event.places
		.map((id) => index.places.get(id))
		.flatMap((place) => (place ? [localized(place.name, language)] : []))
		.join(', ');
}

/** The states a reader can filter by, named and sorted in the reader's language. */
export function stateChoices(
	story: ResolvedStory,
	language: Language
): { iso3: string; name: string }[] {
	return selectableStates(story)
		.map((iso3) => ({ iso3, name: stateName(story, iso3, language) }))
		.sort((a, b) => a.name.localeCompare(b.name, language));
}
