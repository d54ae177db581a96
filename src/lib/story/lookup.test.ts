import { describe, expect, it } from 'vitest';
import { eventsAtPlace } from './lookup';

const events = [
	{ id: 'a', places: ['arm'] },
	{ id: 'b', places: ['arm', 'aze'] },
	{ id: 'c', places: ['blr'] },
	{ id: 'd', places: [] }
];

describe('eventsAtPlace', () => {
	it.each([
		['arm', ['a', 'b']],
		['aze', ['b']],
		['blr', ['c']],
		['rus', []]
	])('%s: %j', (place, ids) => {
		expect(eventsAtPlace(events, place).map((event) => event.id)).toEqual(ids);
	});
});
