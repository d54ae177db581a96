import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { timeScale } from './scale';

const at = (iso: string) => Date.parse(iso);

describe('timeScale does what d3’s scaleUtc did for the timeline', () => {
	it.each([
		['1992-05-15', '2023-12-01', 960, 8],
		['2022-11-01', '2023-12-01', 375, 3],
		['2023-11-22T12:00Z', '2023-11-24T12:00Z', 900, 8],
		['2023-11-23T06:00Z', '2023-11-23T10:00Z', 640, 5]
	] as const)('%s – %s over %i px', (from, to, width, count) => {
		const ours = timeScale([at(from), at(to)], [0, width]);
		const d3 = scaleUtc()
			.domain([at(from), at(to)])
			.range([0, width]);
		expect(ours.ticks(count)).toEqual(d3.ticks(count));
		for (const x of [-50, 0, 123.5, width, width + 50]) {
			expect(ours.invert(x).getTime()).toBeCloseTo(d3.invert(x).getTime(), -1);
		}
		const middle = (at(from) + at(to)) / 2;
		expect(ours(middle)).toBeCloseTo(d3(middle), 6);
		expect(ours.domain()).toEqual(d3.domain());
		expect(ours.range()).toEqual(d3.range());
	});
});
