import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/story/synthetic';
import {
	DEFAULT_LAYOUT,
	estimateTextWidth,
	layoutLane,
	truncateText,
	type LaneItem,
	type LaneLayout,
	type LayoutOptions
} from './layout';

const DAY = 86_400_000;

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
			const layout = layoutLane(visible, options(rows, width));
			expect(overlaps(layout)).toEqual([]);
			// Every event is shown exactly once: as a mark or in a count.
			const shown = [...layout.marks.map((m) => m.key), ...layout.counts.flatMap((c) => c.keys)];
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
		const layout = layoutLane(
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
		const layout = layoutLane([{ key: 0, x0: 890, x1: 891, labelWidth: 100 }], options(1, 900));
		expect(layout.marks[0]?.label).toMatchObject({ side: 'before', truncated: false });
		expect(layout.marks[0]!.label!.x + 100).toBeLessThanOrEqual(layout.marks[0]!.left);
	});

	it('draws a date wider than a dot as a bar of its true width', () => {
		const layout = layoutLane([{ key: 0, x0: 100, x1: 400, labelWidth: 50 }], options(1, 900));
		expect(layout.marks[0]).toMatchObject({ dot: false, left: 100, right: 400 });
		const dot = layoutLane([{ key: 0, x0: 100, x1: 102, labelWidth: 50 }], options(1, 900));
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
		const layout = layoutLane(items, options(2, width));
		return {
			visible: items.length,
			marks: layout.marks.length,
			counted: layout.counts.reduce((sum, c) => sum + c.keys.length, 0),
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
			layoutLane(itemsAt(times, 0.5, offset), { ...options(1, 5000), binPhase: offset % 44 })
				.counts.map((c) => c.keys.sort().join(','))
				.join('|');
		expect(at(1000)).toBe(at(1000 + 44 * 3));
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
});
