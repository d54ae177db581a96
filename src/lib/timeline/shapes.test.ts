import { describe, expect, it } from 'vitest';
import type { PlacedMark } from './layout';
import { MARK } from './model';
import { markShape, shapePath } from './shapes';

const dot = (left: number): PlacedMark => ({ key: 0, row: 0, left, right: left + 12, dot: true });
const bar = (left: number, right: number): PlacedMark => ({
	key: 0,
	row: 0,
	left,
	right,
	dot: false
});
const DAY = MARK.known | MARK.day;

describe('markShape draws each precision as the legend says', () => {
	it.each([
		['a day: a dot', dot(94), DAY, { kind: 'circle', cx: 100, cy: 112, r: 5 }],
		['an approximate day: a wider halo', dot(94), DAY | MARK.approximate, { kind: 'circle', r: 6 }],
		[
			'a part of a day: a narrow upright mark',
			dot(94),
			MARK.known | MARK.part,
			{ kind: 'rect', x: 97.5, y: 105, width: 5, height: 14, radius: 2 }
		],
		[
			'a month narrower than a dot: a short bar',
			dot(94),
			MARK.known,
			{ kind: 'rect', x: 94, y: 109, width: 12, height: 6 }
		],
		[
			'a span: a bar of its true width',
			bar(50, 400),
			MARK.known,
			{ kind: 'rect', x: 50, y: 115, width: 350, height: 6 }
		],
		[
			'a span past both edges: cut just outside the view',
			bar(-5000, 9000),
			MARK.known,
			{ kind: 'rect', x: -4, width: 908 }
		]
	])('%s', (_, mark, flags, expected) => {
		expect(markShape(mark, 100, flags, 900)).toMatchObject(expected);
	});
});

describe('shapePath', () => {
	it.each([
		[{ kind: 'circle', cx: 10, cy: 20, r: 5 } as const, 'M5,20a5,5 0 1 0 10,0a5,5 0 1 0 -10,0Z'],
		[
			{ kind: 'rect', x: 0, y: 0, width: 10, height: 6, radius: 1 } as const,
			'M1,0h8a1,1 0 0 1 1,1v4a1,1 0 0 1 -1,1h-8a1,1 0 0 1 -1,-1v-4a1,1 0 0 1 1,-1Z'
		],
		// A radius larger than half the shape is cut to fit.
		[
			{ kind: 'rect', x: 0, y: 0, width: 2, height: 6, radius: 2 } as const,
			'M1,0h0a1,1 0 0 1 1,1v4a1,1 0 0 1 -1,1h0a1,1 0 0 1 -1,-1v-4a1,1 0 0 1 1,-1Z'
		]
	])('%o', (shape, d) => {
		expect(shapePath(shape)).toBe(d);
	});
});
