/**
 * Small images drawn once and then copied: on a canvas rasterized without a GPU, copying a
 * few hundred small images costs far less than drawing as many anti-aliased arcs or
 * outlined boxes again on every frame of a zoom.
 */

export interface Sprite {
	image: CanvasImageSource;
	/** Size in CSS pixels. */
	width: number;
	height: number;
}

type Draw = (ctx: CanvasRenderingContext2D) => void;

function blank(width: number, height: number): OffscreenCanvas | HTMLCanvasElement | undefined {
	if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
	if (typeof document === 'object') {
		return Object.assign(document.createElement('canvas'), { width, height });
	}
	return undefined;
}

/**
 * Sprites by key, drawn at one pixel density in one style (colours, font): another density
 * or style, or more than `most` keys, starts afresh.
 */
export class SpriteCache {
	#made = new Map<string, Sprite>();
	#style = '';
	#dpr = 1;

	constructor(readonly most: number) {}

	/**
	 * The sprite for `key`, `width` × `height` CSS pixels, made by `draw` (in CSS pixels)
	 * the first time; undefined where there is no canvas to draw it into.
	 */
	get(
		key: string,
		style: string,
		width: number,
		height: number,
		dpr: number,
		draw: Draw
	): Sprite | undefined {
		if (style !== this.#style || dpr !== this.#dpr) {
			this.#made.clear();
			this.#style = style;
			this.#dpr = dpr;
		}
		const known = this.#made.get(key);
		if (known) return known;
		if (this.#made.size >= this.most) this.#made.clear();
		const image = blank(Math.ceil(width * dpr), Math.ceil(height * dpr));
		const ctx = image?.getContext('2d') as CanvasRenderingContext2D | null | undefined;
		if (!image || !ctx) return undefined;
		ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
		draw(ctx);
		const sprite = { image, width: image.width / dpr, height: image.height / dpr };
		this.#made.set(key, sprite);
		return sprite;
	}
}

/**
 * Copies a sprite with its top left corner at (x, y), moved to the nearest screen pixel so
 * that it stays sharp (half a pixel from (x, y) at most).
 */
export function stamp(
	ctx: CanvasRenderingContext2D,
	sprite: Sprite,
	x: number,
	y: number,
	dpr: number
) {
	ctx.drawImage(
		sprite.image,
		Math.round(x * dpr) / dpr,
		Math.round(y * dpr) / dpr,
		sprite.width,
		sprite.height
	);
}
