import { describe, expect, it } from 'vitest';
import { parseEdtf, resolveEventDate } from './dates';
import { byTime } from './resolve';
import { seededRandom, syntheticStory } from './synthetic';

describe('syntheticStory', () => {
	it('is the same for the same size and seed', () => {
		expect(JSON.stringify(syntheticStory(500, { seed: 3 }))).toBe(
			JSON.stringify(syntheticStory(500, { seed: 3 }))
		);
		expect(JSON.stringify(syntheticStory(500, { seed: 4 }))).not.toBe(
			JSON.stringify(syntheticStory(500, { seed: 3 }))
		);
	});

	it.each([0, 1, 10, 10_000])('has %i events, unique ids, in time order', (count) => {
		const story = syntheticStory(count);
		expect(story.events).toHaveLength(count);
		expect(new Set(story.events.map((e) => e.id)).size).toBe(count);
		expect([...story.events].sort(byTime)).toEqual(story.events);
	});

	it('spreads events over many states, decades, kinds of date and both origins', () => {
		const { events } = syntheticStory(5000);
		const decades = new Set(
			events.map((e) => Math.floor(new Date(e.when.start).getUTCFullYear() / 10))
		);
		expect(decades.size).toBeGreaterThanOrEqual(7);
		expect(new Set(events.flatMap((e) => e.places)).size).toBeGreaterThanOrEqual(40);
		expect(new Set(events.map((e) => e.origin))).toEqual(new Set(['article', 'context']));
		const kinds = new Set(
			events.map((e) =>
				[
					e.when.precision,
					e.when.partOfDay ? 'part' : '',
					e.when.interval ? 'interval' : '',
					e.when.approximate ? '~' : '',
					e.when.uncertain ? '?' : ''
				].join('')
			)
		);
		expect(kinds).toEqual(
			new Set(['day', 'daypart', 'month', 'year', 'dayinterval', 'year~', 'day?'])
		);
	});

	it('resolves each date as the EDTF parser does', () => {
		for (const event of syntheticStory(800, { seed: 9 }).events) {
			const parsed = resolveEventDate(event.date);
			expect(event.when, event.date.edtf).toEqual({ ...parsed, ...event.date });
			expect(parseEdtf(event.date.edtf).precision).toBe(event.when.precision);
		}
	});
});

describe('seededRandom', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
	});
});
