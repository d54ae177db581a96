import { describe, expect, it } from 'vitest';
import { syntheticStory } from '../src/lib/story/synthetic';
import { isPoint, timelineJSDate, toTimelineJS, toVisTimeline } from './peers';

const DAY = 86_400_000;

describe('timelineJSDate', () => {
	const time = Date.UTC(2023, 10, 23, 6);
	it.each([
		['year', { year: 2023 }],
		['month', { year: 2023, month: 11 }],
		['day', { year: 2023, month: 11, day: 23 }],
		['hour', { year: 2023, month: 11, day: 23, hour: 6 }]
	] as const)('%s', (precision, expected) => {
		expect(timelineJSDate(time, precision)).toEqual(expected);
	});
});

describe('the same events for every library', () => {
	const { events } = syntheticStory(400, { seed: 2 });

	it('vis-timeline: one item per event, a point for a day, a range of its true length', () => {
		const { items, groups } = toVisTimeline(events);
		expect(items).toHaveLength(400);
		expect(new Set(items.map((item) => item.group))).toEqual(new Set(groups.map((g) => g.id)));
		items.forEach((item, i) => {
			const { when } = events[i]!;
			expect(item.start).toBe(when.start);
			expect(item.type).toBe(isPoint(events[i]!) ? 'point' : 'range');
			if (item.type === 'range') expect(item.end).toBe(when.end + 1);
		});
		expect(items.some((item) => item.type === 'point')).toBe(true);
		expect(items.some((item) => item.type === 'range')).toBe(true);
	});

	it('TimelineJS: one slide per event, its start on the right day, intervals with an end', () => {
		const slides = toTimelineJS(events).events;
		expect(slides).toHaveLength(400);
		slides.forEach((slide, i) => {
			const { when } = events[i]!;
			const start = new Date(when.start);
			expect(slide.start_date.year).toBe(start.getUTCFullYear());
			expect(slide.end_date !== undefined).toBe(when.interval);
			if (when.interval) expect(when.end - when.start).toBeGreaterThan(DAY);
		});
	});
});
