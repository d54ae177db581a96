import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import { seededRandom, syntheticStory } from '$lib/story/synthetic';
import { buildTimelineIndex, keyOfId, labelOf, labelWidthOf, laneDepth, MAX_ROWS } from './model';
import { estimateTextWidth } from './layout';
import { dataWindow, defaultWindow, zoomExtent, CLOSEST_SPAN } from './view';

const DAY = 86_400_000;

describe('the timeline index', () => {
	const story = syntheticStory(3000, { seed: 5 });
	const index = buildTimelineIndex(story.events, 'fr');

	it('puts every event in exactly one lane, with one to MAX_ROWS rows', () => {
		expect(index.lanes.reduce((sum, lane) => sum + lane.keys.length, 0)).toBe(3000);
		for (const lane of index.lanes) {
			expect(lane.rows).toBeGreaterThanOrEqual(1);
			expect(lane.rows).toBeLessThanOrEqual(MAX_ROWS);
		}
	});

	it('says in the label when a date is approximate or uncertain', () => {
		const key = story.events.findIndex((event) => event.when.approximate);
		const unsure = story.events.findIndex((event) => event.when.uncertain);
		expect(labelOf(index, key)).toMatch(/^≈ /);
		expect(labelOf(index, unsure)).toMatch(/ \?$/);
	});

	it('makes labels, their widths and keys by id on demand, the same as made up front', () => {
		for (const key of [0, 1, 1500, 2999]) {
			const label = labelOf(index, key);
			expect(labelWidthOf(index, key)).toBe(Math.fround(estimateTextWidth(label)));
			expect(keyOfId(index, story.events[key]!.id)).toBe(key);
		}
		expect(keyOfId(index, 'no-such-event')).toBe(-1);
		// The browser's metrics replace the estimates, measured once per label and rounded up.
		const calls: string[] = [];
		const measure = (text: string) => (calls.push(text), text.length * 6.5);
		expect(labelWidthOf(index, 1, measure)).toBe(Math.ceil(labelOf(index, 1).length * 6.5));
		expect(labelWidthOf(index, 1, measure)).toBe(Math.ceil(labelOf(index, 1).length * 6.5));
		expect(calls).toEqual([labelOf(index, 1)]);
		expect(labelWidthOf(index, 1)).toBe(Math.fround(estimateTextWidth(labelOf(index, 1))));
		expect(index.starts).toEqual(Float64Array.from(story.events, (event) => event.when.start));
	});
});

describe('the view of the bundled story', () => {
	const story = stories().get('otsc-minsk-summit')!.resolved;

	it('opens on the Yerevan summit a year before Minsk and the days after Minsk', () => {
		const [start, end] = defaultWindow(story);
		expect(start).toBeLessThan(Date.UTC(2022, 10, 23));
		expect(start).toBeGreaterThan(Date.UTC(2022, 9, 1));
		expect(end).toBeGreaterThan(Date.UTC(2023, 10, 25));
		expect(end).toBeLessThan(Date.UTC(2023, 11, 31));
	});

	it('zooms out to the 1992 treaty and in to hours', () => {
		const initial = defaultWindow(story);
		const all = dataWindow(story.events);
		expect(all[0]).toBeLessThan(Date.UTC(1992, 4, 15));
		const [min, max] = zoomExtent(initial, all);
		expect((initial[1] - initial[0]) / min).toBeGreaterThan(all[1] - all[0]);
		expect((initial[1] - initial[0]) / max).toBe(CLOSEST_SPAN);
	});

	it('has a lane for each kind of event in the story, the densest with more rows', () => {
		const index = buildTimelineIndex(story.events, 'fr');
		expect(index.lanes.map((lane) => lane.lane)).toEqual([
			'summits',
			'statements',
			'visits',
			'conflict',
			'membership'
		]);
		expect(index.lanes.find((lane) => lane.lane === 'statements')?.rows).toBe(MAX_ROWS);
		expect(index.lanes.find((lane) => lane.lane === 'visits')?.rows).toBe(1);
	});
});

/** Most events at once, by sorting every start and end (each widened to two days): the reference. */
function sweptDepth(starts: number[], ends: number[]): number {
	const opens = [...starts].sort((a, b) => a - b);
	const closes = ends.map((end, i) => Math.max(end, starts[i]! + 2 * DAY)).sort((a, b) => a - b);
	let best = 0;
	let open = 0;
	for (let i = 0, j = 0; i < opens.length;) {
		if (opens[i]! <= closes[j]!) {
			best = Math.max(best, ++open);
			i++;
		} else {
			open--;
			j++;
		}
	}
	return best;
}

describe('laneDepth', () => {
	const days = (...list: number[]) => list.map((day) => day * DAY);
	it.each([
		['no events', [], [], 3, 0],
		['one event', days(0), days(0), 3, 1],
		['two days apart: together', days(0, 2), days(0, 2), 3, 2],
		['three days apart: one row', days(0, 3, 6), days(0, 3, 6), 3, 1],
		['three the same day', days(5, 5, 5), days(5, 5, 5), 3, 3],
		['five the same day, capped', days(5, 5, 5, 5, 5), days(5, 5, 5, 5, 5), 3, 3],
		['five the same day, cap 2', days(5, 5, 5, 5, 5), days(5, 5, 5, 5, 5), 2, 2],
		['a long span over later dots', days(0, 10, 20), days(30, 10, 20), 3, 2],
		['two long spans over a dot', days(0, 1, 20), days(30, 40, 20), 3, 3],
		['a span ending as another starts', days(0, 10), days(10, 10), 3, 2],
		['an early end does not hide a later one', days(0, 5, 9), days(20, 5, 9), 3, 2]
	])('%s', (_, starts, ends, cap, depth) => {
		expect(laneDepth(starts, ends, cap)).toBe(depth);
	});

	it('agrees with a sweep over sorted starts and ends, capped', () => {
		const random = seededRandom(21);
		for (let trial = 0; trial < 300; trial++) {
			const count = Math.floor(random() * 40);
			const starts = Array.from({ length: count }, () => Math.floor(random() * 200) * DAY).sort(
				(a, b) => a - b
			);
			const ends = starts.map((start) => start + Math.floor(random() * random() * 30 * DAY));
			for (const cap of [1, 2, 3, 5]) {
				expect(laneDepth(starts, ends, cap)).toBe(Math.min(cap, sweptDepth(starts, ends)));
			}
		}
	});
});
