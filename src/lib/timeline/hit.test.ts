import { describe, expect, it } from 'vitest';
import { GEOMETRY, type Frame } from './frame';
import { hitTest } from './hit';
import { DEFAULT_LAYOUT, layoutLane } from './layout';

/** One lane: dots at x 100, 120 (no room for labels), 136 and 400 (labelled), two counted at 401. */
function frame(): Frame {
	const starts = [100, 120, 136, 400, 401, 402];
	const events = {
		keys: Int32Array.from(starts, (_, i) => i * 10),
		starts: Float64Array.from(starts),
		ends: Float64Array.from(starts, (start) => start + 0.5),
		maxDuration: 0.5
	};
	const layout = layoutLane(
		events,
		{ from: -Infinity, to: Infinity, origin: 0, k: 1 },
		{
			...DEFAULT_LAYOUT,
			rows: 1,
			width: 900,
			binPhase: 0,
			labelWidth: (key) => (key === 0 ? 0 : 200)
		}
	);
	const top = GEOMETRY.axis + GEOMETRY.laneGap;
	const rowsTop = top + GEOMETRY.laneTitle;
	const countTop = rowsTop + GEOMETRY.row;
	return {
		ticks: [],
		binPhase: 0,
		lanes: [
			{
				lane: 'summits',
				rows: 1,
				top,
				rowsTop,
				countTop,
				bottom: countTop + GEOMETRY.countStrip,
				layout
			}
		]
	};
}

describe('hitTest finds what is under the pointer without a scan', () => {
	const f = frame();
	const { rowsTop, countTop } = f.lanes[0]!;
	const rowY = rowsTop + 12;
	it('lays out the lane as the cases below expect', () => {
		expect(f.lanes[0]!.layout.marks.map((m) => m.key)).toEqual([0, 10, 20, 30]);
		expect(f.lanes[0]!.layout.counts.map((c) => c.count)).toEqual([2]);
	});
	it.each([
		['the centre of a dot', 120.25, rowY, 'mark 10'],
		['within a few pixels of a dot', 99, rowY, 'mark 0'],
		['a label after its dot', 200, rowY, 'mark 20'],
		['another label, past its dot', 500, rowY, 'mark 30'],
		['between two marks, nearer the first', 127.5, rowY, 'mark 10'],
		['between two marks, nearer the second', 129.5, rowY, 'mark 20'],
		['the count strip under a count', 410, countTop + 8, 'count 2'],
		['the count strip where there is no count', 40, countTop + 8, 'nothing'],
		['a row where nothing is', 800, rowY, 'nothing'],
		['the lane title', 120, rowsTop - 4, 'nothing'],
		['the axis', 120, 10, 'nothing']
	])('%s: %s', (_, x, y, expected) => {
		const hit = hitTest(f, x, y);
		const found =
			hit?.kind === 'mark'
				? `mark ${hit.mark.key}`
				: hit?.kind === 'count'
					? `count ${hit.count.count}`
					: 'nothing';
		expect(found).toBe(expected);
	});
});
