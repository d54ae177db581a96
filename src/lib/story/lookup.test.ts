import { describe, expect, it } from 'vitest';
import { seededRandom } from './synthetic';
import { eventsAtPlace, eventsByPlace, indexStory } from './lookup';
import type { ResolvedStory } from './resolve';

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

describe('indexStory', () => {
	const story = {
		places: [{ id: 'arm' }, { id: 'aze' }],
		actors: [{ id: 'csto' }],
		sources: [{ id: 'tass' }],
		events: [{ id: 'a' }, { id: 'b' }]
	} as unknown as ResolvedStory;
	const index = indexStory(story);
	it.each([
		['places', 'aze', true],
		['places', 'rus', false],
		['actors', 'csto', true],
		['sources', 'tass', true],
		['events', 'b', true],
		['events', 'c', false]
	] as const)('%s has %s: %s', (list, id, found) => {
		expect(index[list].get(id)?.id).toBe(found ? id : undefined);
	});
	it('builds the events map once, when first asked for', () => {
		expect(index.events).toBe(index.events);
	});
});
