import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/story/synthetic';
import {
	countHolds,
	DEFAULT_LAYOUT,
	EDGE_SHARE,
	cutText,
	estimateTextWidth,
	layoutLane,
	truncateText,
	type CountBin,
	type LaneEvents,
	type LaneLayout,
	type LayoutOptions
} from './layout';

/** The keys of the events a count stands for, in start order. */
function countedKeys(events: Pick<LaneEvents, 'keys'>, count: CountBin): number[] {
	const found: number[] = [];
	for (let r = 0; r < count.ranges.length; r += 2) {
		for (let i = count.ranges[r]!; i < count.ranges[r + 1]!; i++) found.push(events.keys[i]!);
	}
	return found;
}

const DAY = 86_400_000;

/** An event at the current zoom: its key, first and last pixel, and its label's width. */
interface LaneItem {
	key: number;
	x0: number;
	x1: number;
	labelWidth?: number;
}

/** Items as a lane of the index: typed arrays sorted by start (here, times are pixels). */
function laneOf(items: LaneItem[]): LaneEvents {
	const sorted = [...items].sort((a, b) => a.x0 - b.x0);
	return {
		keys: Int32Array.from(sorted, (item) => item.key),
		starts: Float64Array.from(sorted, (item) => item.x0),
		ends: Float64Array.from(sorted, (item) => item.x1),
		maxDuration: Math.max(0, ...sorted.map((item) => item.x1 - item.x0))
	};
}

const EVERYTHING = { from: -Infinity, to: Infinity, origin: 0, k: 1 };

/** Lay out items given in pixels, everything in view unless a window says otherwise. */
function lay(items: LaneItem[], options: LayoutOptions, view = EVERYTHING) {
	const events = laneOf(items);
	const widths = new Map(items.map((item) => [item.key, item.labelWidth ?? 0]));
	const layout = layoutLane(events, view, { ...options, labelWidth: (key) => widths.get(key)! });
	return { ...layout, counted: layout.counts.map((count) => countedKeys(events, count)) };
}

/** Events as times, drawn at a zoom of `pxPerDay`, sorted by start like the index gives them. */
function itemsAt(times: [number, number, number][], pxPerDay: number, offset = 0): LaneItem[] {
	return times
		.map(([start, end, labelWidth], key) => ({
			key,
			x0: (start / DAY) * pxPerDay + offset,
			x1: (end / DAY) * pxPerDay + offset,
			labelWidth
		}))
		.sort((a, b) => a.x0 - b.x0);
}

function randomTimes(count: number, seed: number, spanDays: number): [number, number, number][] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, () => {
		const start = Math.floor(random() * spanDays) * DAY;
		const r = random();
		const duration = r < 0.6 ? DAY - 1 : r < 0.8 ? DAY / 4 : Math.floor(random() * 400) * DAY;
		return [start, start + duration, 40 + Math.floor(random() * 200)];
	});
}

function options(rows: number, width: number): LayoutOptions {
	return { ...DEFAULT_LAYOUT, rows, width, binPhase: 0 };
}

type Box = { key: number; left: number; right: number; what: string };

/** Every box drawn in each row (marks and labels) and in the count strip. */
function boxes(layout: LaneLayout): Map<string, Box[]> {
	const rows = new Map<string, Box[]>();
	const add = (row: string, box: Box) => rows.set(row, [...(rows.get(row) ?? []), box]);
	for (const mark of layout.marks) {
		add(`row ${mark.row}`, { key: mark.key, left: mark.left, right: mark.right, what: 'mark' });
		if (mark.label) {
			const { x, width } = mark.label;
			add(`row ${mark.row}`, { key: mark.key, left: x, right: x + width, what: 'label' });
		}
	}
	for (const count of layout.counts) {
		add('counts', { key: -count.bin, left: count.left, right: count.right, what: 'count' });
	}
	return rows;
}

function overlaps(layout: LaneLayout): string[] {
	const found: string[] = [];
	for (const [row, list] of boxes(layout)) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = list[i]!;
				const b = list[j]!;
				if (a.key === b.key) continue; // a bar carries its own label over it
				if (a.left < b.right && b.left < a.right) {
					found.push(`${row}: ${a.what} ${a.key} [${a.left}, ${a.right}] × ${b.what} ${b.key}`);
				}
			}
		}
	}
	return found;
}

describe('layoutLane never overlaps marks, labels or counts', () => {
	const zooms = [0.002, 0.05, 0.5, 3, 20, 200, 5000];
	it.each(zooms.flatMap((zoom) => [1, 2, 3].map((rows) => [zoom, rows] as const)))(
		'at %f px/day with %i rows',
		(pxPerDay, rows) => {
			const times = randomTimes(400, Math.round(pxPerDay * 1000) + rows, 365 * 30);
			const width = 900;
			const all = itemsAt(times, pxPerDay, -((365 * 15) / 2) * pxPerDay);
			const visible = all.filter((item) => item.x1 >= -12 && item.x0 <= width + 12);
			const layout = lay(visible, options(rows, width));
			expect(overlaps(layout)).toEqual([]);
			// Every event is shown exactly once: as a mark or in a count.
			const shown = [...layout.marks.map((m) => m.key), ...layout.counted.flat()];
			expect(shown.sort((a, b) => a - b)).toEqual(visible.map((i) => i.key).sort((a, b) => a - b));
			for (const mark of layout.marks) {
				expect(mark.row).toBeGreaterThanOrEqual(0);
				expect(mark.row).toBeLessThan(rows);
				if (mark.label) {
					expect(mark.label.x).toBeGreaterThanOrEqual(0);
					expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width);
				}
			}
		}
	);

	it('puts events of the same day on separate rows, with their labels', () => {
		const day = 100 * DAY;
		const layout = lay(
			itemsAt(
				[
					[day, day + DAY - 1, 60],
					[day, day + DAY - 1, 60],
					[day - DAY, day - 1, 60]
				],
				3
			),
			options(3, 900)
		);
		expect(layout.counts).toEqual([]);
		expect(new Set(layout.marks.map((m) => m.row)).size).toBe(3);
		expect(layout.marks.every((m) => m.label && !m.label.truncated)).toBe(true);
	});

	it('moves a label before its mark at the right edge', () => {
		const layout = lay([{ key: 0, x0: 890, x1: 891, labelWidth: 100 }], options(1, 900));
		expect(layout.marks[0]?.label).toMatchObject({ side: 'before', truncated: false });
		expect(layout.marks[0]!.label!.x + 100).toBeLessThanOrEqual(layout.marks[0]!.left);
	});

	it('draws a date wider than a dot as a bar of its true width', () => {
		const layout = lay([{ key: 0, x0: 100, x1: 400, labelWidth: 50 }], options(1, 900));
		expect(layout.marks[0]).toMatchObject({ dot: false, left: 100, right: 400 });
		const dot = lay([{ key: 0, x0: 100, x1: 102, labelWidth: 50 }], options(1, 900));
		expect(dot.marks[0]).toMatchObject({ dot: true, left: 95, right: 107 });
	});
});

describe('dense stretches group into counts that expand on zoom', () => {
	// 60 short events (a minute each) at distinct times within four days: one lane, two rows.
	const random = seededRandom(7);
	const times = Array.from({ length: 60 }, (_, i): [number, number, number] => {
		const start = Math.floor(((i + random()) / 60) * 4 * DAY);
		return [start, start + 60_000, 80];
	});
	const counted = (pxPerDay: number, width = 900) => {
		const items = itemsAt(times, pxPerDay, 10).filter((item) => item.x0 <= width);
		const layout = lay(items, options(2, width));
		return {
			visible: items.length,
			marks: layout.marks.length,
			counted: layout.counts.reduce((sum, c) => sum + c.count, 0),
			bins: layout.counts.length
		};
	};

	it.each([
		// px per day, at most marks shown, at least events counted
		[0.5, 2, 58],
		[5, 4, 50],
		[50, 30, 20]
	])('at %f px/day: ≤ %i marks, ≥ %i in counts', (pxPerDay, maxMarks, minCounted) => {
		const result = counted(pxPerDay);
		expect(result.marks).toBeLessThanOrEqual(maxMarks);
		expect(result.counted).toBeGreaterThanOrEqual(minCounted);
		expect(result.marks + result.counted).toBe(60);
	});

	it('spreads every event out once zoomed in enough', () => {
		const result = counted(2000, 8000);
		expect(result).toMatchObject({ counted: 0, bins: 0, marks: 60 });
	});

	it('shows more marks as the zoom grows', () => {
		const levels = [0.5, 5, 50, 500, 2000].map((zoom) => counted(zoom, 8000));
		for (let i = 1; i < levels.length; i++) {
			expect(levels[i]!.marks).toBeGreaterThanOrEqual(levels[i - 1]!.marks);
		}
	});

	it('keeps counts on the same dates while panning', () => {
		const at = (offset: number) =>
			lay(itemsAt(times, 0.5, offset), { ...options(1, 5000), binPhase: offset % 44 })
				.counted.map((keys) => keys.sort().join(','))
				.join('|');
		expect(at(1000)).toBe(at(1000 + 44 * 3));
	});
});

describe('counting in bulk gives what placing one by one gives', () => {
	/** The plain algorithm: every event in view tried in every row, counted where it starts. */
	function oneByOne(items: LaneItem[], o: LayoutOptions, from: number, to: number) {
		const sorted = [...items].sort((a, b) => a.x0 - b.x0);
		// Bins by position, an edge bin less than EDGE_SHARE in view joined to its neighbour.
		const rawBin = (x: number) =>
			Math.floor((Math.min(Math.max(x, 0), o.width - 1) - o.binPhase) / o.bin);
		const [first, last] = [rawBin(0), rawBin(o.width)];
		const inView = (bin: number) =>
			Math.min(o.binPhase + (bin + 1) * o.bin, o.width) - Math.max(o.binPhase + bin * o.bin, 0);
		const joinFirst = last > first && inView(first) < o.bin * EDGE_SHARE;
		const joinLast = last - 1 > first + (joinFirst ? 1 : 0) && inView(last) < o.bin * EDGE_SHARE;
		const binAt = (x: number) => {
			const bin = rawBin(x);
			return joinFirst && bin === first ? bin + 1 : joinLast && bin === last ? bin - 1 : bin;
		};
		const rowEnd = Array<number>(o.rows).fill(-Infinity);
		const marks: [key: number, row: number, left: number, right: number][] = [];
		const counts = new Map<number, number[]>();
		for (const item of sorted.filter((item) => item.x1 >= from && item.x0 <= to)) {
			let [left, right] = [item.x0, item.x1];
			if (right - left < o.glyph) {
				const centre = (left + right) / 2;
				[left, right] = [centre - o.glyph / 2, centre + o.glyph / 2];
			}
			let row = -1;
			for (let r = 0; r < o.rows; r++) {
				if (rowEnd[r]! + o.gap <= left && (row < 0 || rowEnd[r]! < rowEnd[row]!)) row = r;
			}
			if (row >= 0) {
				rowEnd[row] = right;
				marks.push([item.key, row, left, right]);
			} else {
				counts.set(binAt(item.x0), [...(counts.get(binAt(item.x0)) ?? []), item.key]);
			}
		}
		return { marks, counts: [...counts].sort((a, b) => a[0] - b[0]) };
	}

	it.each([
		[0.01, 1],
		[0.05, 3],
		[0.3, 2],
		[2, 3],
		[40, 1],
		[400, 3]
	])('at %f px/day with %i rows, in a window', (pxPerDay, rows) => {
		const random = seededRandom(Math.round(pxPerDay * 100) + rows);
		// Clusters of events on the same days, and long spans reaching in from before the view.
		const times = randomTimes(3000, rows, 365 * 40).map(
			([start, end, width]): [number, number, number] =>
				random() < 0.3 ? [start - (start % (30 * DAY)), end, width] : [start, end, width]
		);
		const width = 900;
		const all = itemsAt(times, pxPerDay, -365 * 20 * pxPerDay);
		const o = { ...options(rows, width), binPhase: random() * 44 };
		const [from, to] = [-12, width + 12];
		const events = laneOf(all);
		const layout = layoutLane(events, { from, to, origin: 0, k: 1 }, o);
		const expected = oneByOne(all, o, from, to);
		expect(layout.marks.map((m) => [m.key, m.row, m.left, m.right])).toEqual(expected.marks);
		expect(layout.counts.map((c) => [c.bin, countedKeys(events, c)])).toEqual(expected.counts);
		expect(layout.counts.map((c) => c.count)).toEqual(expected.counts.map(([, k]) => k.length));
		// The counts stay in the view, whatever reaches past it, and wide enough to read.
		for (const count of layout.counts) {
			expect(count.left).toBeGreaterThanOrEqual(0);
			expect(count.right).toBeLessThanOrEqual(width);
			expect(count.right - count.left).toBeGreaterThanOrEqual(44 * EDGE_SHARE - 4);
		}
	});

	it('leaves out what ends before the view and keeps what reaches into it', () => {
		const layout = lay(
			[
				{ key: 0, x0: -500, x1: -20 },
				{ key: 1, x0: -500, x1: 300 },
				{ key: 2, x0: 100, x1: 101 },
				{ key: 3, x0: 950, x1: 951 }
			],
			options(2, 900),
			{ from: -12, to: 912, origin: 0, k: 1 }
		);
		expect(layout.marks.map((m) => m.key).sort()).toEqual([1, 2]);
		expect(layout.counted).toEqual([]);
	});

	it('says which events a count holds, by their place in the lane', () => {
		const events = laneOf(
			Array.from({ length: 10 }, (_, key) => ({ key: key * 10, x0: 100 + key, x1: 100 + key }))
		);
		const layout = layoutLane(events, EVERYTHING, options(1, 900));
		expect(layout.marks.map((m) => m.key)).toEqual([0]);
		const [count] = layout.counts;
		expect(count).toMatchObject({ count: 9, ranges: [1, 10] });
		expect(countedKeys(events, count!)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
		expect([0, 1, 9, 10].map((position) => countHolds(count!, position))).toEqual([
			false,
			true,
			true,
			false
		]);
	});

	it('lists each row’s marks left to right', () => {
		const layout = lay(itemsAt(randomTimes(300, 3, 365 * 5), 0.5), options(3, 900));
		for (const [row, indices] of layout.rows.entries()) {
			const marks = indices.map((i) => layout.marks[i]!);
			expect(marks.every((mark) => mark.row === row)).toBe(true);
			for (let i = 1; i < marks.length; i++)
				expect(marks[i]!.left).toBeGreaterThan(marks[i - 1]!.right);
		}
		expect(layout.rows.flat().sort((a, b) => a - b)).toEqual(layout.marks.map((_, i) => i));
	});
});

describe('label text', () => {
	it.each([
		['Sommet', 'Sommet'],
		['Sommet de l’OTSC à Minsk', 'Sommet de l…']
	])('truncates %j to fit', (text, expected) => {
		const width = estimateTextWidth(expected);
		expect(truncateText(text, width)).toBe(expected);
		expect(estimateTextWidth(truncateText(text, width))).toBeLessThanOrEqual(width);
	});
	it('gives up rather than show a stub', () => {
		expect(truncateText('Sommet', 4)).toBe('');
	});
	it('cuts by the widths it is given', () => {
		const measure = (text: string) => text.length * 10;
		expect(truncateText('Sommet de Minsk', 75, 12, measure)).toBe('Sommet…');
		expect(measure(truncateText('Sommet de Minsk', 75, 12, measure))).toBeLessThanOrEqual(75);
		expect(truncateText('Sommet', 60, 12, measure)).toBe('Sommet');
	});

	/** A measure that adds up its characters, as the browser's metrics do: narrow and wide ones. */
	const additive = (text: string) => {
		let width = 0;
		for (const char of text)
			width += /[il’ .,\u00a0]/.test(char) ? 3.4 : /[MW@😀]/u.test(char) ? 10.8 : 7.2;
		return width;
	};
	const texts = [
		'Sommet de l’OTSC à Minsk',
		'Événement 3518 (ARM)',
		'≈ Poutine se rend à Minsk ?',
		'Deux  espaces\u00a0puis la fin',
		'Un 😀 au milieu 😀😀',
		'W',
		'',
		'      '
	];
	it.each(
		texts.flatMap((text) =>
			[0, 5, 11, 17.5, 30, 44.2, 60, 81, 120, 250].map((width) => [text, width] as const)
		)
	)('cuts %j at %f px as the search does, in one pass', (text, width) => {
		const cut = cutText(text, width, additive);
		expect(cut).toBe(truncateText(text, width, 12, additive));
		if (cut !== text) expect(additive(cut)).toBeLessThanOrEqual(width);
	});
});
