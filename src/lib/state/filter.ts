/**
 * The filters both views share: by category, by state and by kind of source. An empty list
 * means no filter on that axis. Pure, so the map, the timeline and the counts agree.
 */
import type { EventCategory, Place } from '$lib/story/schema';
import type { Origin, ResolvedEvent } from '$lib/story/resolve';

export interface Filters {
	categories: readonly EventCategory[];
	countries: readonly string[];
	origins: readonly Origin[];
}

/** The state (ISO alpha-3) of each place id: a country's own code, or the country a city is in. */
export function placeStates(places: readonly Place[]): Map<string, string> {
	return new Map(
		places.map((place) => [place.id, place.kind === 'country' ? place.iso3 : place.country])
	);
}

/** The states an event involves, through its places. */
export function eventStates(event: ResolvedEvent, states: Map<string, string>): Set<string> {
	return new Set(event.places.flatMap((id) => states.get(id) ?? []));
}

export function isFiltered(filters: Filters): boolean {
	return filters.categories.length + filters.countries.length + filters.origins.length > 0;
}

export function filterEvents(
	events: readonly ResolvedEvent[],
	places: readonly Place[],
	filters: Filters
): ResolvedEvent[] {
	if (!isFiltered(filters)) return [...events];
	const states = placeStates(places);
	const categories = new Set(filters.categories);
	const origins = new Set(filters.origins);
	return events.filter((event) => {
		if (categories.size > 0 && !categories.has(event.category)) return false;
		if (origins.size > 0 && !origins.has(event.origin)) return false;
		if (filters.countries.length > 0) {
			const involved = eventStates(event, states);
			if (!filters.countries.some((country) => involved.has(country))) return false;
		}
		return true;
	});
}
