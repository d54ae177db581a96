import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticStory } from '$lib/story/synthetic';
import { drawTimeline, shadowColours, withAlpha, type CanvasInput, type Palette } from './canvas';
import { frameTimeline, lanePositions } from './frame';
import { buildTimelineIndex, labelOf } from './model';
import { timeScale } from './scale';
import { paddedWindow } from './view';

const tenth = (value: number) => Math.round(value * 10) / 10;
describe('withAlpha', () => {
	it.each([
		['#1d4e89', 0.1, 'rgba(29, 78, 137, 0.1)'],
		['rgb(255, 0, 0)', 0.5, 'rgba(255, 0, 0, 0.5)'],
		['rgba(10, 20, 30, 0.5)', 0.1, 'rgba(10, 20, 30, 0.05)'],
		['transparent', 0.1, 'transparent']
	])('%s × %f', (colour, alpha, expected) => {
		expect(withAlpha(colour, alpha)).toBe(expected);
	});
});

describe('shadowColours', () => {
	it.each([
		['', []],
		['none', []],
		[
			'rgb(29, 78, 137) 0px 0px 0px 0px, rgba(1, 2, 3, 0.5) 0px 0px 0px 0px',
			['rgb(29, 78, 137)', 'rgba(1, 2, 3, 0.5)']
		],
		['oklch(0.5 0.1 250) 0px 0px, #fff 1px 1px', ['oklch(0.5 0.1 250)', '#fff']],
		['0px 0px 0px 0px rgb(255, 157, 102)', ['rgb(255, 157, 102)']]
	])('%j', (shadow, expected) => {
		expect(shadowColours(shadow)).toEqual(expected);
	});
});

/** A 2D context that records what is asked of it: calls, and the state each call is made in. */
function recorder() {
	const calls: { name: string; args: unknown[]; alpha: number; fill: unknown; stroke: unknown }[] =
		[];
	const state: Record<string, unknown> = { globalAlpha: 1, fillStyle: '#000', strokeStyle: '#000' };
	const ctx = new Proxy(state, {
		get(target, name: string) {
			if (name in target) return target[name];
			return (...args: unknown[]) => {
				calls.push({
					name,
					args,
					alpha: target.globalAlpha as number,
					fill: target.fillStyle,
					stroke: target.strokeStyle
				});
				// Gradients take colour stops.
				if (name.endsWith('Gradient')) return { addColorStop: () => {} };
			};
		},
		set(target, name: string, value) {
			target[name] = value;
			return true;
		}
	}) as unknown as CanvasRenderingContext2D;
	return { ctx, calls };
}

const PALETTE: Palette = {
	article: '#1d4e89',
	context: '#6b5a2e',
	paper: '#fdfcf9',
	ink: '#1a1a1a',
	inkMuted: '#555',
	focus: '#c2410c',
	mutedFill: '#ece6d6',
	mutedStroke: '#8a806a',
	grid: '#e6e1d4',
	gridMajor: '#c9c2b0',
	articleFaint: 'rgba(29, 78, 137, 0.1)',
	contextFaint: 'rgba(107, 90, 46, 0.1)',
	font: 'sans-serif'
};

describe('drawTimeline', () => {
	const story = syntheticStory(2000, { seed: 3 });
	const index = buildTimelineIndex(story.events, 'fr');
	const width = 900;
	const scale = timeScale(paddedWindow(index.extent), [0, width]);
	const frame = frameTimeline(index, lanePositions(index).lanes, scale, width, 'fr');
	const marks = frame.lanes.flatMap((lane) => lane.layout.marks);
	const counts = frame.lanes.flatMap((lane) => lane.layout.counts);
	const scene = (changes: Partial<CanvasInput> = {}): CanvasInput => ({
		frame,
		index,
		width,
		height: 400,
		dpr: 2,
		palette: PALETTE,
		x: scale,
		marks: true,
		axis: false,
		inSvg: new Set(),
		labelText: (key) => labelOf(index, key),
		selectedKey: -1,
		formatCount: String,
		...changes
	});
	const shapes = (calls: { name: string }[]) =>
		calls.filter((call) => ['arc', 'rect', 'roundRect'].includes(call.name)).length;

	it('draws at the screen’s density, from a clear canvas', () => {
		const { ctx, calls } = recorder();
		drawTimeline(ctx, scene());
		expect(calls[0]).toMatchObject({ name: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
		expect(calls[1]).toMatchObject({ name: 'clearRect', args: [0, 0, width, 400] });
	});

	it('writes every count, and the labels of the labelled marks it draws', () => {
		const { ctx, calls } = recorder();
		drawTimeline(ctx, scene());
		const texts = calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
		for (const count of counts) expect(texts).toContain(`+${count.count}`);
		for (const mark of marks.filter((m) => m.label))
			expect(texts).toContain(labelOf(index, mark.key));
	});

	it('leaves out what the SVG draws, and draws only the grid when the SVG draws it all', () => {
		const all = recorder();
		drawTimeline(all.ctx, scene());
		const some = recorder();
		const inSvg = new Set(marks.slice(0, 50).map((m) => m.key));
		drawTimeline(some.ctx, scene({ inSvg }));
		expect(shapes(all.calls)).toBeGreaterThan(shapes(some.calls));
		const grid = recorder();
		drawTimeline(grid.ctx, scene({ marks: false }));
		expect(shapes(grid.calls)).toBe(0);
		expect(grid.calls.filter((call) => call.name === 'lineTo').length).toBe(frame.ticks.length);
	});

	it('writes the axis’s labels at their ticks while the SVG’s hold still, and only then', () => {
		const texts = (axis: boolean) => {
			const { ctx, calls } = recorder();
			drawTimeline(ctx, scene({ axis }));
			return calls.filter((call) => call.name === 'fillText' && call.fill === PALETTE.inkMuted);
		};
		const labelled = frame.ticks.filter((tick) => tick.label);
		expect(labelled.length).toBeGreaterThan(3);
		expect(texts(true).map((call) => call.args)).toEqual(
			// At a tenth of a pixel, as the scene decides positions.
			labelled.map((tick) => [tick.label, tenth(tenth(scale(tick.time)) + 4), 15])
		);
		expect(texts(false)).toEqual([]);
	});

	it('sets back the dimmed events, and only them', () => {
		const plain = recorder();
		drawTimeline(plain.ctx, scene());
		expect(plain.calls.some((call) => call.name === 'fill' && call.alpha === 0.3)).toBe(false);
		const dimmed = recorder();
		drawTimeline(dimmed.ctx, scene({ dimmed: (key) => key % 2 === 0 }));
		expect(dimmed.calls.some((call) => call.name === 'fill' && call.alpha === 0.3)).toBe(true);
	});

	it('rings the selected mark when it draws it, not when the SVG does', () => {
		const mark = marks.find((candidate) => candidate.label)!;
		const lane = frame.lanes.find((candidate) => candidate.layout.marks.includes(mark))!;
		const y = lane.rowsTop + mark.row * 24;
		const ring = (calls: ReturnType<typeof recorder>['calls']) =>
			calls.filter(
				(call) => call.name === 'roundRect' && call.args[1] === y + 1 && call.args[4] === 4
			);
		const drawn = recorder();
		drawTimeline(drawn.ctx, scene({ selectedKey: mark.key }));
		expect(ring(drawn.calls)).toHaveLength(1);
		expect(ring(drawn.calls)[0]!.args[0]).toBe(tenth(Math.max(mark.left, -2) - 3));
		expect(
			drawn.calls.find((call) => call.name === 'stroke' && call.stroke === PALETTE.focus)
		).toBeDefined();
		const inSvg = recorder();
		drawTimeline(inSvg.ctx, scene({ selectedKey: mark.key, inSvg: new Set([mark.key]) }));
		expect(ring(inSvg.calls)).toHaveLength(0);
	});

	describe('where it can draw sprites', () => {
		afterEach(() => vi.unstubAllGlobals());

		it('copies the days’ dots and the whole counts’ boxes instead of drawing each', () => {
			const drawn = recorder();
			drawTimeline(drawn.ctx, scene());
			vi.stubGlobal(
				'OffscreenCanvas',
				class {
					constructor(
						readonly width: number,
						readonly height: number
					) {}
					getContext = () => recorder().ctx;
				}
			);
			const copied = recorder();
			drawTimeline(copied.ctx, scene());
			const named = (calls: { name: string }[], name: string) =>
				calls.filter((call) => call.name === name).length;
			const whole = counts.filter((count) => Math.abs(count.right - count.left - 40) < 0.01);
			expect(whole.length).toBeGreaterThan(0);
			// Each whole count's box is a copy, not a path.
			expect(named(drawn.calls, 'roundRect') - named(copied.calls, 'roundRect')).toBe(whole.length);
			// And each sure day's dot (a context one was two arcs: its outline and its inside).
			const dots = named(copied.calls, 'drawImage') - whole.length;
			expect(dots).toBeGreaterThan(100);
			const arcsLeft = named(drawn.calls, 'arc') - named(copied.calls, 'arc');
			expect(arcsLeft).toBeGreaterThanOrEqual(dots);
			expect(arcsLeft).toBeLessThanOrEqual(2 * dots);
			// The numbers are still written on the page's canvas, every one.
			expect(named(copied.calls, 'fillText')).toBe(named(drawn.calls, 'fillText'));
		});
	});
});
