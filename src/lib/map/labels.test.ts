import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox, type Placement, type Rect } from './labels';

const label = (id: string, x: number, y: number, priority: number, extra: Partial<LabelBox> = {}) =>
	({
		id,
		x,
		y,
		width: 60,
		height: 16,
		priority,
		candidates: ['center', 'below', 'above'],
		...extra
	}) satisfies LabelBox;
const dot = (x: number, y: number): Rect => ({
	left: x - 5,
	top: y - 5,
	right: x + 5,
	bottom: y + 5
});

describe('placeLabels', () => {
	it.each<[string, LabelBox[], Rect[], Record<string, Placement | null>]>([
		[
			'a label with event places all around still shows, over one of them',
			[label('a', 0, 0, 1, { candidates: ['center', 'below'] })],
			[dot(0, 0), dot(0, 20)],
			{ a: 'center' }
		],
		[
			'labels far apart stay centred',
			[label('a', 0, 0, 1), label('b', 200, 0, 1)],
			[],
			{ a: 'center', b: 'center' }
		],
		[
			'the less important of two overlapping labels moves below',
			[label('a', 0, 0, 1), label('b', 10, 12, 2)],
			[],
			{ a: 'center', b: 'below' }
		],
		['a label on an event place moves off it', [label('a', 0, 0, 1)], [dot(0, 0)], { a: 'below' }],
		[
			'a label with no free place is hidden',
			[label('a', 0, 0, 1), label('b', 0, 22, 2), label('c', 0, -22, 3), label('d', 5, 0, 4)],
			[],
			{ a: 'center', b: 'center', c: 'center', d: null }
		],
		[
			'a label that must show stays centred even when crowded out',
			[label('x', 0, 0, 0, { force: true })],
			[],
			{ x: 'center' }
		],
		[
			'priority decides, not list order',
			[label('late', 10, 12, 5), label('first', 0, 0, 0)],
			[],
			{ first: 'center', late: 'below' }
		],
		[
			'places go to the right of their dot',
			[label('p', 0, 0, 1, { candidates: ['right'] })],
			[dot(0, 0)],
			{ p: 'right' }
		]
	])('%s', (_, labels, obstacles, expected) => {
		expect(Object.fromEntries(placeLabels(labels, obstacles))).toEqual(expected);
	});

	it('never puts a label under a control, and hides it if it must', () => {
		const control: Rect = { left: -100, top: -100, right: 100, bottom: 100 };
		const placed = placeLabels(
			[label('a', 0, 0, 1), label('b', 0, 0, 0, { force: true })],
			[],
			[control]
		);
		expect(Object.fromEntries(placed)).toEqual({ a: null, b: 'center' });
	});
});
