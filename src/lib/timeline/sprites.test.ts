import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpriteCache, stamp, type Sprite } from './sprites';

/** A stand-in for OffscreenCanvas: its size, and the calls made to its context. */
class FakeCanvas {
	calls: string[] = [];
	constructor(
		readonly width: number,
		readonly height: number
	) {}
	getContext() {
		const calls = this.calls;
		return new Proxy({}, { get: (_, name: string) => () => calls.push(name), set: () => true });
	}
}

describe('SpriteCache', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('draws a sprite once, at the pixel density, and gives it back after', () => {
		vi.stubGlobal('OffscreenCanvas', FakeCanvas);
		const cache = new SpriteCache(4);
		const draw = vi.fn((ctx: CanvasRenderingContext2D) => ctx.fill());
		const first = cache.get('dot', 'blue', 12, 12.3, 2, draw)!;
		// Whole screen pixels: 12.3 CSS pixels at 2× take 25 of them.
		expect(first).toMatchObject({ width: 12, height: 12.5 });
		expect(first.image).toMatchObject({ width: 24, height: 25 });
		expect((first.image as unknown as FakeCanvas).calls).toEqual(['setTransform', 'fill']);
		expect(cache.get('dot', 'blue', 12, 12.3, 2, draw)).toBe(first);
		expect(draw).toHaveBeenCalledTimes(1);
	});

	it.each([
		['another style', 'red', 2],
		['another density', 'blue', 1]
	])('draws again in %s', (_, style, dpr) => {
		vi.stubGlobal('OffscreenCanvas', FakeCanvas);
		const cache = new SpriteCache(4);
		const draw = vi.fn();
		const first = cache.get('dot', 'blue', 12, 12, 2, draw);
		expect(cache.get('dot', style, 12, 12, dpr, draw)).not.toBe(first);
		expect(draw).toHaveBeenCalledTimes(2);
	});

	it('starts afresh past its size', () => {
		vi.stubGlobal('OffscreenCanvas', FakeCanvas);
		const cache = new SpriteCache(2);
		const draw = vi.fn();
		const get = (key: string) => cache.get(key, 'blue', 4, 4, 1, draw);
		const a = get('a');
		get('b');
		expect(get('a')).toBe(a);
		expect(draw).toHaveBeenCalledTimes(2);
		get('c');
		expect(get('a')).not.toBe(a);
		expect(draw).toHaveBeenCalledTimes(4);
	});

	it('has nothing to give where there is no canvas', () => {
		vi.stubGlobal('OffscreenCanvas', undefined);
		expect(new SpriteCache(2).get('dot', 'blue', 4, 4, 1, () => {})).toBeUndefined();
	});
});

describe('stamp', () => {
	it.each([
		[1, 10.4, 3.6, 10, 4],
		[2, 10.4, 3.6, 10.5, 3.5],
		[1.5, 1, 1, 4 / 3, 4 / 3]
	])('at density %f, puts (%f, %f) on the screen pixel (%f, %f)', (dpr, x, y, sx, sy) => {
		const drawImage = vi.fn();
		const sprite: Sprite = { image: {} as CanvasImageSource, width: 8, height: 6 };
		stamp({ drawImage } as unknown as CanvasRenderingContext2D, sprite, x, y, dpr);
		expect(drawImage).toHaveBeenCalledWith(sprite.image, sx, sy, 8, 6);
	});
});
