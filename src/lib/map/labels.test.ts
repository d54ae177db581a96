import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/story/synthetic';
import {
	edgesOf,
	placeLabels,
	rectOf,
	rectsOverlap,
	type LabelBox,
	type Placement,
	type Rect
} from './labels';

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
const ALL: Placement[] = ['center', 'below', 'above', 'right', 'left'];
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
			'a label that must show stays centred when it has room',
			[label('x', 0, 0, 0, { force: true })],
			[],
			{ x: 'center' }
		],
		[
			'a label that must show, crowded out, hangs below on a leader line',
			[
				label('a', 0, 0, 0),
				label('b', 0, 16, 0),
				label('c', 0, -16, 0),
				label('x', 5, 0, 1, { force: true })
			],
			[],
			{ a: 'center', b: 'center', c: 'center', x: 'below-far' }
		],
		[
			'a label that may not hang on a line is left out instead',
			[label('a', 0, 0, 0), label('b', 0, 16, 0), label('c', 0, -16, 0), label('x', 5, 0, 1)],
			[],
			{ a: 'center', b: 'center', c: 'center', x: null }
		],
		[
			'Georgia, Armenia and Azerbaijan a dozen pixels apart: the absent member first, none on another',
			[
				label('GEO', 118, 262, 300, { width: 52, candidates: ALL }),
				label('ARM', 124, 280, 0, { width: 56, height: 30, force: true, candidates: ALL }),
				label('AZE', 140, 276, 301, { width: 74, candidates: ALL })
			],
			[dot(121, 281)],
			{ ARM: 'below', GEO: 'center', AZE: 'right' }
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

	it('never puts a label under a control, and leaves it out if it must', () => {
		const control: Rect = { left: -100, top: -100, right: 100, bottom: 100 };
		const placed = placeLabels(
			[label('a', 0, 0, 1), label('b', 0, 0, 0, { force: true })],
			[],
			[control]
		);
		expect(Object.fromEntries(placed)).toEqual({ a: null, b: null });
	});

	it('keeps labels inside the edges it is given', () => {
		const placed = placeLabels([label('edge', 40, 8, 0)], [], edgesOf(300, 200));
		expect(placed.get('edge')).toBe('below');
	});

	it.each([1, 2, 3, 4, 5])('never lets two placed labels overlap (crowd %i)', (seed) => {
		const random = seededRandom(seed);
		const labels = Array.from({ length: 40 }, (_, i) =>
			label(`l${i}`, random() * 300, random() * 200, Math.floor(random() * 5), {
				width: 30 + random() * 60,
				force: random() < 0.2
			})
		);
		const placed = placeLabels(
			labels,
			[dot(150, 100)],
			[{ left: 0, top: 0, right: 40, bottom: 40 }]
		);
		const rects = labels.flatMap((l) => {
			const placement = placed.get(l.id);
			return placement ? [rectOf(l, placement)] : [];
		});
		expect(rects.length).toBeGreaterThan(10);
		for (let i = 0; i < rects.length; i++) {
			expect(rectsOverlap(rects[i]!, { left: 0, top: 0, right: 40, bottom: 40 })).toBe(false);
			for (let j = i + 1; j < rects.length; j++)
				expect(rectsOverlap(rects[i]!, rects[j]!), `${i} and ${j}`).toBe(false);
		}
	});
});
