import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '$lib/story/resolve';
import type { Place } from '$lib/story/schema';
import { filterEvents, type Filters } from './filter';

const places: Place[] = [
	{ kind: 'country', id: 'arm', iso3: 'ARM', name: { en: 'Armenia' } },
	{ kind: 'country', id: 'blr', iso3: 'BLR', name: { en: 'Belarus' } },
	{
		kind: 'city',
		id: 'minsk',
		country: 'BLR',
		name: { en: 'Minsk' },
		coordinates: { lat: 53.9, lon: 27.57 },
		provenance: [{ quote: 'Minsk' }]
	}
];
const event = (
	id: string,
	category: ResolvedEvent['category'],
	origin: ResolvedEvent['origin'],
	at: string[]
) => ({ id, category, origin, places: at }) as unknown as ResolvedEvent;
const events = [
	event('summit', 'summit', 'article', ['minsk']),
	event('absence', 'statement', 'article', ['arm']),
	event('treaty', 'treaty', 'context', ['arm', 'blr']),
	event('nowhere', 'statement', 'context', [])
];
const none: Filters = { categories: [], countries: [], origins: [] };

describe('filterEvents', () => {
	it.each<[Partial<Filters>, string[]]>([
		[{}, ['summit', 'absence', 'treaty', 'nowhere']],
		[{ categories: ['statement'] }, ['absence', 'nowhere']],
		[{ categories: ['statement', 'treaty'] }, ['absence', 'treaty', 'nowhere']],
		[{ origins: ['context'] }, ['treaty', 'nowhere']],
		// A city counts for its country.
		[{ countries: ['BLR'] }, ['summit', 'treaty']],
		[{ countries: ['ARM', 'BLR'] }, ['summit', 'absence', 'treaty']],
		[{ countries: ['ARM'], origins: ['article'] }, ['absence']],
		[{ countries: ['KAZ'] }, []]
	])('%j → %j', (filters, expected) => {
		expect(filterEvents(events, places, { ...none, ...filters }).map((e) => e.id)).toEqual(
			expected
		);
	});
});
