/** Intervals that run on (`2024-02-22/..`): drawn to the view's right edge, in the index and the layout. */
import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '$lib/story/dates';
import type { ResolvedEvent } from '$lib/story/resolve';
import { DEFAULT_LAYOUT, layoutLane } from './layout';
import { buildTimelineIndex } from './model';

const event = (id: string, edtf: string): ResolvedEvent => ({
	id,
	title: { fr: id, en: id },
	summary: { fr: id, en: id },
	date: { edtf },
	when: resolveEventDate({ edtf }),
	category: 'statement',
	places: [],
	actors: [],
	provenance: [{ source: 's' }],
	notes: [],
	origin: 'context'
});

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('an interval that runs on', () => {
	const events = [event('freeze', '2024-02-22/..'), event('later', '2025-06-01')];
	const index = buildTimelineIndex(events, 'en');
	const lane = index.lanes[0]!;

	/** The lane laid out 365 px wide from `from`, `k` px a millisecond. */
	const layout = (from: number, to: number, k: number) =>
		layoutLane(
			lane,
			{ from, to, origin: from, k },
			{
				...DEFAULT_LAYOUT,
				rows: lane.rows,
				width: 365,
				binPhase: 0,
				labelWidth: () => 40
			}
		);
	/** The events the layout draws in a view from `from` to `to`. */
	const drawn = (from: string, to: string) =>
		layout(at(from), at(to), 365 / (at(to) - at(from)))
			.marks.map((m) => index.events[m.key]!.id)
			.sort();

	it.each([
		['a view after it starts', '2030-01-01', '2031-01-01', ['freeze']],
		['a view around its start', '2024-01-01', '2024-03-01', ['freeze']],
		['a view before it starts', '2020-01-01', '2021-01-01', []]
	])('is in %s', (_, from, to, ids) => {
		expect(drawn(from, to)).toEqual(ids);
	});

	it.each([
		// A year of view in 365 px: the bar runs from its start to the right edge.
		['2024-01-01', 52, 365],
		// Its start is left of the view: the bar fills the row.
		['2025-01-01', -314, 365]
	])('is drawn from its start to the right edge (view from %s)', (from, left, right) => {
		const { marks } = layout(at(from), at(from) + 365 * DAY, 1 / DAY);
		const mark = marks.find((m) => index.events[m.key]!.id === 'freeze')!;
		expect([Math.round(mark.left), mark.right, mark.dot]).toEqual([left, right, false]);
		// The later event does not share its row.
		const later = marks.find((m) => index.events[m.key]!.id === 'later');
		if (later) expect(later.row).not.toBe(mark.row);
	});
});
