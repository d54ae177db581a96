import { describe, expect, it } from 'vitest';
import { seededRandom } from './synthetic';
import { eventsAtPlace, eventsByPlace } from './lookup';

const events = [
	{ id: 'a', places: ['arm'] },
	{ id: 'b', places: ['arm', 'aze'] },
	{ id: 'c', places: ['blr'] },
	{ id: 'd', places: [] },
	{ id: 'e', places: ['arm', 'arm'] }
];

describe('eventsAtPlace', () => {
	it.each([
		['arm', ['a', 'b', 'e']],
		['aze', ['b']],
		['blr', ['c']],
		['rus', []]
	])('%s: %j', (place, ids) => {
		expect(eventsAtPlace(events, place).map((event) => event.id)).toEqual(ids);
	});
});

describe('eventsByPlace', () => {
	it('gives every place what eventsAtPlace gives it', () => {
		const random = seededRandom(4);
		const places = ['arm', 'aze', 'blr', 'kaz', 'rus'];
		const many = Array.from({ length: 500 }, (_, i) => ({
			id: String(i),
			places: places.filter(() => random() < 0.3)
		}));
		const byPlace = eventsByPlace([...events, ...many]);
		for (const place of [...places, 'fra']) {
			expect(byPlace.get(place) ?? []).toEqual(eventsAtPlace([...events, ...many], place));
		}
	});
});
