import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeScale } from './scale';
import {
	attachZoom,
	constrain,
	interpolate,
	panBy,
	rescale,
	scaleBy,
	type ZoomLimits,
	type ZoomTransform
} from './zoom';

const limits: ZoomLimits = { scale: [0.5, 16], translate: [-200, 1200], width: 1000 };

describe('zoom math', () => {
	it.each([
		['inside the extent: unchanged', { k: 2, x: -500 }, { k: 2, x: -500 }],
		['past the left edge: pushed back', { k: 1, x: 300 }, { k: 1, x: 200 }],
		['past the right edge: pushed back', { k: 1, x: -400 }, { k: 1, x: -200 }],
		['extent narrower than the view: centred', { k: 0.5, x: 0 }, { k: 0.5, x: 250 }]
	])('constrain: %s', (_, t, expected) => {
		expect(constrain(t, limits)).toEqual(expected);
	});

	it.each([
		[2, 500, { k: 2, x: -500 }],
		[4, 0, { k: 4, x: 0 }],
		[100, 500, { k: 16, x: -7500 }],
		[0.01, 500, { k: 0.5, x: 250 }]
	])('scaleBy %d around x = %d, within the limits', (factor, point, expected) => {
		expect(scaleBy({ k: 1, x: 0 }, factor, point, limits)).toEqual(expected);
	});

	it('keeps the point under the pointer where it was', () => {
		const t = scaleBy({ k: 1.5, x: -100 }, 3, 420, limits);
		expect((420 - t.x) / t.k).toBeCloseTo((420 + 100) / 1.5, 9);
	});

	it('pans within the extent', () => {
		expect(panBy({ k: 1, x: 0 }, 150, limits)).toEqual({ k: 1, x: 150 });
		expect(panBy({ k: 1, x: 0 }, 500, limits)).toEqual({ k: 1, x: 200 });
	});

	it('interpolates from one view to another without overshooting', () => {
		const a = { k: 1, x: 0 };
		const b = { k: 4, x: -2000 };
		expect(interpolate(a, b, 1000, 0)).toEqual(a);
		const end = interpolate(a, b, 1000, 1);
		expect(end.k).toBeCloseTo(4, 9);
		expect(end.x).toBeCloseTo(-2000, 9);
		const mid = interpolate(a, b, 1000, 0.5);
		expect(-mid.x / mid.k).toBeCloseTo(250, 9); // left edge half-way from 0 to 500
	});

	it('rescales the base scale to the view', () => {
		const base = timeScale([0, 1000], [0, 1000]);
		const view = rescale(base, { k: 2, x: -500 });
		expect(view.domain().map(Number)).toEqual([250, 750]);
		expect(view(500)).toBeCloseTo(500, 9);
	});
});

describe('attachZoom', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	/** A zoom on a stand-in element, with animation frames run by hand at given times. */
	function setUp() {
		const frames = new Map<number, FrameRequestCallback>();
		let id = 0;
		vi.stubGlobal('addEventListener', () => {});
		vi.stubGlobal('removeEventListener', () => {});
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.set(++id, callback);
			return id;
		});
		vi.stubGlobal('cancelAnimationFrame', (frame: number) => frames.delete(frame));
		vi.spyOn(performance, 'now').mockReturnValue(0);
		const element = { addEventListener() {}, removeEventListener() {} };
		let current: ZoomTransform = { k: 1, x: 0 };
		const zoom = attachZoom(element as unknown as SVGSVGElement, {
			get: () => current,
			set: (next) => (current = next),
			limits: () => limits
		});
		const runFrame = (at: number) => {
			const pending = [...frames];
			frames.clear();
			for (const [, callback] of pending) callback(at);
		};
		return { zoom, runFrame, current: () => current };
	}

	it('heads for the end of a running animation, even when its frames are late', () => {
		const { zoom, runFrame, current } = setUp();
		const end = { k: 4, x: -1500 };
		zoom.to(end, 300);
		expect(zoom.heading()).toBe(end);
		runFrame(100);
		expect(current().k).toBeLessThan(4);
		// A busy page: the animation's time is up, but its last frame has not run yet.
		vi.mocked(performance.now).mockReturnValue(500);
		expect(zoom.heading()).toBe(end);
		runFrame(520);
		expect(current()).toBe(end);
		expect(zoom.heading()).toBe(end);
	});

	it('heads where the view is once an animation ends or stops', () => {
		const { zoom, runFrame, current } = setUp();
		zoom.to({ k: 4, x: -1500 }, 300);
		runFrame(100);
		zoom.stop();
		expect(zoom.heading()).toBe(current());
		expect(current().k).toBeLessThan(4);
		zoom.to({ k: 2, x: -500 }, 0);
		expect(zoom.heading()).toEqual({ k: 2, x: -500 });
	});
});
