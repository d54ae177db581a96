import { describe, expect, it } from 'vitest';
import type { Place } from './schema';
import { eventZone, placeZone } from './zones';

const city = (id: string, country: string, timeZone?: string): Place => ({
	kind: 'city',
	id,
	name: { en: id },
	country,
	coordinates: { lat: 0, lon: 0 },
	...(timeZone ? { timeZone } : {}),
	provenance: [{ quote: id }]
});
const country = (id: string, iso3: string): Place => ({
	kind: 'country',
	id,
	iso3,
	name: { en: id }
});

describe('the time zone a part of day is read in', () => {
	it.each<[string, Place, string | RegExp]>([
		['a city in a country with one zone', city('minsk', 'BLR'), 'Europe/Minsk'],
		[
			'a city with its own zone',
			city('vladivostok', 'RUS', 'Asia/Vladivostok'),
			'Asia/Vladivostok'
		],
		['a country with one zone', country('arm', 'ARM'), 'Asia/Yerevan'],
		[
			'a city in a country of many zones, without its own',
			city('moscow', 'RUS'),
			/RUS has \d+ IANA time zones; give place "moscow" its own timeZone/
		],
		['a country of many zones', country('kaz', 'KAZ'), /KAZ has \d+ IANA time zones/]
	])('%s', (_, place, expected) => {
		const answer = placeZone(place);
		if (typeof expected === 'string') expect(answer).toEqual({ zone: expected });
		else expect(answer.problem).toMatch(expected);
	});

	it('takes the event’s city before its countries, and needs a place', () => {
		const places = new Map(
			[city('minsk', 'BLR'), country('rus', 'RUS'), country('arm', 'ARM')].map((p) => [p.id, p])
		);
		expect(eventZone(['rus', 'minsk'], places)).toEqual({ zone: 'Europe/Minsk' });
		expect(eventZone(['arm', 'rus'], places)).toEqual({ zone: 'Asia/Yerevan' });
		expect(eventZone([], places).problem).toMatch(/needs a place/);
	});
});
