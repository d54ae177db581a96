/**
 * The time zone of an event's place, to read its part of day ("ce jeudi matin") in the
 * place's own clock: the city's `timeZone` when the dataset gives one, else its country's
 * when the country keeps one time (countries-and-timezones knows which).
 */
import { getCountry } from 'countries-and-timezones';
import { whereAlpha3 } from 'iso-3166-1';
import type { Place } from './schema';

export type ZoneAnswer =
	{ zone: string; problem?: undefined } | { zone?: undefined; problem: string };

/** The zones a country keeps (ISO alpha-3), without the aliases of another zone. */
export function countryZones(iso3: string): string[] {
	const alpha2 = whereAlpha3(iso3)?.alpha2;
	return (alpha2 && getCountry(alpha2)?.timezones) || [];
}

/** The zone of one place: its own, else its country's if the country keeps only one. */
export function placeZone(place: Place): ZoneAnswer {
	if (place.kind !== 'country' && place.timeZone) return { zone: place.timeZone };
	const iso3 = place.kind === 'country' ? place.iso3 : place.country;
	const zones = countryZones(iso3);
	if (zones.length === 1) return { zone: zones[0]! };
	return {
		problem:
			zones.length === 0
				? `no time zone is known for ${iso3}; give place "${place.id}" a timeZone`
				: `${iso3} has ${zones.length} IANA time zones; give place "${place.id}" its own timeZone`
	};
}

/**
 * The zone an event's part of day is read in: that of its first city or site, else of its
 * first country. Undefined (with the reason) when no place says.
 */
export function eventZone(placeIds: string[], places: Map<string, Place>): ZoneAnswer {
	const own = placeIds.map((id) => places.get(id)).filter((p): p is Place => p !== undefined);
	const ordered = [
		...own.filter((p) => p.kind !== 'country'),
		...own.filter((p) => p.kind === 'country')
	];
	const first = ordered[0];
	if (!first) return { problem: 'a part of day needs a place, to read it in its local time' };
	return placeZone(first);
}
