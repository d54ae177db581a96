/**
 * The timeline's dense layer on a <canvas>: the grid, the marks without a label and the
 * counts, drawn as the SVG draws them (same shapes, same theme colours, read from the
 * page's CSS custom properties) at the screen's pixel density. At rest, the labelled marks,
 * the selected one and the axis are SVG elements, links a reader can read, click and reach;
 * while the view moves, the canvas draws those too, and the SVG's hold still, hidden.
 */
import { TOKENS } from '$lib/theme/tokens';
import { property } from '$lib/theme/vars';
import { GEOMETRY } from './frame';
import { DEFAULT_LAYOUT } from './layout';
import {
	SCENE,
	TEXT,
	type Box,
	type CountPrimitive,
	type MarkPaint,
	type MarkPrimitive,
	type SceneInput,
	type SceneText,
	type SceneToken,
	type TextStyle,
	type TickPrimitive
} from './scene';
import { sharedScene } from './sharedScene';
import type { MarkShape } from './shapes';
import { SpriteCache, stamp, type Sprite } from './sprites';

/** The tokens the canvas paints with (the scene's, less the lanes' rules, which the SVG draws). */
const CANVAS_TOKENS = [
	'article',
	'context',
	'paper',
	'ink',
	'inkMuted',
	'focus',
	'mutedFill',
	'mutedStroke',
	'grid',
	'gridMajor'
] as const satisfies readonly SceneToken[];
type CanvasToken = (typeof CANVAS_TOKENS)[number];

export type Palette = Record<CanvasToken, string> & {
	/** Article and context colours nearly transparent: the faded ends of approximate dates. */
	articleFaint: string;
	contextFaint: string;
	/** The page's font family, for the labels and counts. */
	font: string;
};

/** The same colour at `alpha` × its opacity; `colour` as a canvas gives it back (#rrggbb or rgb[a]()). */
export function withAlpha(colour: string, alpha: number): string {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	if (hex) {
		const [r, g, b] = hex.slice(1).map((part) => parseInt(part, 16));
		return `rgba(${r}, ${g}, ${b}, ${alpha})`;
	}
	const rgb = /^rgba?\(([^,]+),([^,]+),([^,)]+)(?:,([^)]+))?\)$/.exec(colour.replace(/\s/g, ''));
	if (rgb) {
		const a = rgb[4] === undefined ? 1 : Number(rgb[4]);
		return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${a * alpha})`;
	}
	return colour;
}

/** How faint the faded end of an approximate date is (see `SCENE.fade`). */
const FAINT = SCENE.fade[0][1];

/**
 * The colours in a computed `box-shadow` (or any list of them), in order: the browser gives
 * each shadow's colour resolved (`rgb()`, `rgba()`, or another colour function).
 */
export function shadowColours(shadow: string): string[] {
	return (
		shadow.match(/(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)|#[0-9a-f]{3,8}\b/gi) ?? []
	);
}

/**
 * The theme's colours where `element` sits (dark theme included), as the canvas needs them.
 * A token holds both themes' values (`light-dark()`), which resolve only once used as a
 * colour: all of them are used at once as the colours of one `box-shadow`, read back with a
 * single style computation (one per token costs milliseconds before the first paint), and
 * the element's style restored.
 */
export function readPalette(element: HTMLElement, ctx: CanvasRenderingContext2D): Palette {
	const style = getComputedStyle(element);
	const before = element.style.boxShadow;
	element.style.boxShadow = CANVAS_TOKENS.map(
		(token) => `var(${property(token)}, ${TOKENS[token].light}) 0 0`
	).join(', ');
	const read = shadowColours(style.boxShadow);
	element.style.boxShadow = before;
	const colours = {} as Record<CanvasToken, string>;
	CANVAS_TOKENS.forEach((token, i) => {
		const fallback = TOKENS[token].light;
		// Normalised by the canvas itself: any CSS colour in, #rrggbb or rgba() out.
		ctx.fillStyle = fallback;
		ctx.fillStyle = read.length === CANVAS_TOKENS.length ? read[i]! : fallback;
		colours[token] = String(ctx.fillStyle);
	});
	return {
		...colours,
		articleFaint: withAlpha(colours.article, FAINT),
		contextFaint: withAlpha(colours.context, FAINT),
		font: style.fontFamily || 'sans-serif'
	};
}

/** What the canvas draws: a frame's scene, less what the SVG holds. */
export interface CanvasInput extends SceneInput {
	/** Screen pixels per CSS pixel. */
	dpr: number;
	palette: Palette;
	/** Draw the marks and counts (a dense view), or only the grid (the SVG draws the rest). */
	marks: boolean;
	/** Draw the axis's labels too: while the view moves, the SVG's hold still, hidden. */
	axis: boolean;
	/** Keys of the marks the SVG draws (labelled, selected): left out here. */
	inSvg: ReadonlySet<number>;
}

const TAU = 2 * Math.PI;
/** Batches of sure dates, by paint: bit 1 context, 2 uncertain, 4 dimmed. */
const BATCHES = 8;
/** Per batch, the marks to draw (reused, not reallocated). */
const batches: MarkPrimitive[][] = Array.from({ length: BATCHES }, () => []);
/** Approximate dates, each with its own gradient. */
const faded: MarkPrimitive[] = [];
/** Hollow marks drawn as paths in a batch. */
const paths: MarkShape[] = [];
const labelled: MarkPrimitive[] = [];
const ticks: TickPrimitive[] = [];
const counts: CountPrimitive[] = [];

function roundRect(ctx: CanvasRenderingContext2D, box: Box, r: number) {
	roundRectAt(ctx, box.x, box.y, box.width, box.height, r);
}

function roundRectAt(
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number,
	width: number,
	height: number,
	r: number
) {
	if (ctx.roundRect) ctx.roundRect(x, y, width, height, r);
	else ctx.rect(x, y, width, height);
}

/**
 * Adds a mark's shape to the current path, grown (or shrunk) by `grow` pixels all round.
 * The 1-pixel rounding of short bars is left out: rects cost a fraction of rounded ones to
 * fill, and it does not show at that size. Called for every mark of every moving frame, so
 * it allocates nothing.
 */
function addShape(ctx: CanvasRenderingContext2D, drawn: MarkShape, grow = 0) {
	if (drawn.kind === 'circle') {
		const r = drawn.r + grow;
		ctx.moveTo(drawn.cx + r, drawn.cy);
		ctx.arc(drawn.cx, drawn.cy, r, 0, TAU);
		return;
	}
	const width = drawn.width + 2 * grow;
	const height = drawn.height + 2 * grow;
	if (width <= 0 || height <= 0) return;
	const x = drawn.x - grow;
	const y = drawn.y - grow;
	if (drawn.radius > 1) roundRectAt(ctx, x, y, width, height, drawn.radius + grow);
	else ctx.rect(x, y, width, height);
}

/** Days' dots and counts, each drawn once and then copied (see sprites.ts). */
const dots = new SpriteCache(16);
const countBoxes = new SpriteCache(1);

/** A palette as a sprite style: sprites drawn in another palette are drawn again. */
const styles = new WeakMap<Palette, string>();
function styleOf(palette: Palette): string {
	let style = styles.get(palette);
	if (style === undefined) styles.set(palette, (style = Object.values(palette).join(' ')));
	return style;
}

/** A day's dot: a disc of radius `r`, hollowed out `inner` pixels in the paper colour. */
function dotSprite(input: CanvasInput, fill: string, inner: number, r: number) {
	const { palette, dpr } = input;
	const side = 2 * r + 2;
	return dots.get(`${fill} ${inner} ${r}`, styleOf(palette), side, side, dpr, (ctx) => {
		ctx.fillStyle = fill;
		ctx.beginPath();
		ctx.arc(side / 2, side / 2, r, 0, TAU);
		ctx.fill();
		if (inner <= 0) return;
		ctx.fillStyle = palette.paper;
		ctx.beginPath();
		ctx.arc(side / 2, side / 2, r - inner, 0, TAU);
		ctx.fill();
	});
}

/**
 * Fills a batch of sure dates. A stroke costs several times a fill to rasterize, so the
 * outline is drawn as fills: solid (article) marks grown by half their outline; hollow
 * (context) ones as the outline's outer edge in its colour, then the inside in the fill's.
 * Days' dots are copies of one drawn dot, placed on whole screen pixels (half a pixel from
 * where the SVG puts them, at most).
 */
function fillBatch(ctx: CanvasRenderingContext2D, input: CanvasInput, marks: MarkPrimitive[]) {
	const { palette, dpr } = input;
	const { paint, dimmed } = marks[0]!;
	const outline = palette[paint.stroke];
	const hollow = paint.fill !== paint.stroke;
	const grow = paint.strokeWidth / 2;
	ctx.globalAlpha = dimmed ? SCENE.dimmed : 1;
	// A batch's dots share a paint and, but for a few, a size: their sprite is looked up once.
	let radius = NaN;
	let sprite: Sprite | undefined;
	paths.length = 0;
	ctx.beginPath();
	for (const { shape } of marks) {
		if (shape.kind === 'circle') {
			if (shape.r !== radius) {
				radius = shape.r;
				sprite = dotSprite(input, outline, hollow ? paint.strokeWidth : 0, radius + grow);
			}
			if (sprite) {
				stamp(ctx, sprite, shape.cx - sprite.width / 2, shape.cy - sprite.height / 2, dpr);
				continue;
			}
		}
		addShape(ctx, shape, grow);
		if (hollow) paths.push(shape);
	}
	ctx.fillStyle = outline;
	ctx.fill();
	if (paths.length === 0) return;
	ctx.beginPath();
	for (const shape of paths) addShape(ctx, shape, -grow);
	ctx.fillStyle = palette[paint.fill];
	ctx.fill();
}

/** Sets the stroke of a paint: its width and dashes. */
function strokeOf(ctx: CanvasRenderingContext2D, paint: MarkPaint) {
	ctx.lineWidth = paint.strokeWidth;
	ctx.setLineDash(paint.dash ? [...paint.dash] : []);
}

/** Uncertain dates: few, so drawn as the SVG draws them, with a stroke. */
function strokeBatch(ctx: CanvasRenderingContext2D, input: CanvasInput, marks: MarkPrimitive[]) {
	const { palette } = input;
	const { paint, dimmed } = marks[0]!;
	const alpha = dimmed ? SCENE.dimmed : 1;
	ctx.beginPath();
	for (const { shape } of marks) addShape(ctx, shape);
	ctx.globalAlpha = alpha * paint.fillOpacity;
	ctx.fillStyle = palette[paint.fill];
	ctx.fill();
	ctx.globalAlpha = alpha;
	strokeOf(ctx, paint);
	ctx.strokeStyle = palette[paint.stroke];
	ctx.stroke();
	ctx.setLineDash([]);
}

/** An approximate date fades at its ends (a halo for a day), as the SVG's gradients do. */
function drawFaded(ctx: CanvasRenderingContext2D, input: CanvasInput, mark: MarkPrimitive) {
	const { palette } = input;
	const { shape, paint } = mark;
	const solid = palette[paint.origin];
	const faint = paint.origin === 'context' ? palette.contextFaint : palette.articleFaint;
	ctx.beginPath();
	addShape(ctx, shape);
	let gradient: CanvasGradient;
	let stops: typeof SCENE.fade | typeof SCENE.halo;
	if (shape.kind === 'circle') {
		const { cx, cy, r } = shape;
		gradient = ctx.createRadialGradient(cx, cy, 0, cx, cy, r);
		stops = SCENE.halo;
	} else {
		gradient = ctx.createLinearGradient(shape.x, 0, shape.x + shape.width, 0);
		stops = SCENE.fade;
	}
	// Indexed, not destructured: a destructuring loop allocates for every mark of every frame.
	for (let i = 0; i < stops.length; i++) {
		const stop = stops[i]!;
		gradient.addColorStop(stop[0], stop[1] < 1 ? faint : solid);
	}
	const alpha = mark.dimmed ? SCENE.dimmed : 1;
	strokeOf(ctx, paint);
	ctx.globalAlpha = alpha * paint.fillOpacity;
	ctx.fillStyle = paint.gradient === 'fill' ? gradient : palette[paint.fill];
	ctx.fill();
	ctx.globalAlpha = alpha;
	ctx.strokeStyle = paint.gradient === 'stroke' ? gradient : palette[paint.stroke];
	ctx.stroke();
}

/** Sets a text style of the scene. */
function textStyle(ctx: CanvasRenderingContext2D, input: CanvasInput, style: TextStyle) {
	ctx.font = `${style.weight} ${style.size}px ${input.palette.font}`;
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = input.palette[style.fill];
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

function fillText(ctx: CanvasRenderingContext2D, text: SceneText) {
	ctx.textAlign = ALIGN[text.anchor];
	ctx.fillText(text.text, text.x, text.y);
}

function drawGrid(ctx: CanvasRenderingContext2D, input: CanvasInput) {
	for (let pass = 0; pass < 2; pass++) {
		const major = pass === 1;
		ctx.beginPath();
		for (const tick of ticks) {
			if (tick.major !== major) continue;
			ctx.moveTo(tick.x, tick.top);
			ctx.lineTo(tick.x, tick.bottom);
		}
		ctx.strokeStyle = major ? input.palette.gridMajor : input.palette.grid;
		ctx.stroke();
	}
}

function drawLabels(ctx: CanvasRenderingContext2D, input: CanvasInput) {
	if (labelled.length === 0) return;
	textStyle(ctx, input, TEXT.label);
	for (const mark of labelled) {
		ctx.globalAlpha = mark.dimmed ? SCENE.dimmed : 1;
		fillText(ctx, mark.label!);
	}
	ctx.globalAlpha = 1;
}

/** A count's box in the middle of the view: its bin less the gaps on each side. */
const WHOLE_COUNT = DEFAULT_LAYOUT.bin - DEFAULT_LAYOUT.gap;

/** The selected mark's ring, or the selected count's outline. */
function outline(ctx: CanvasRenderingContext2D, input: CanvasInput, box: Box, radius: number) {
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.beginPath();
	roundRect(ctx, box, radius);
	ctx.lineWidth = SCENE.ring.width;
	ctx.strokeStyle = input.palette.focus;
	ctx.stroke();
}

/**
 * Counts: a rounded box, and the number in it. The boxes in the middle of the view are all
 * alike, and copied; those cut by its edges are drawn.
 */
function drawCounts(ctx: CanvasRenderingContext2D, input: CanvasInput) {
	const { palette, dpr } = input;
	const { radius } = SCENE.count;
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.lineWidth = 1;
	const height = GEOMETRY.countStrip - 2 * SCENE.count.inset;
	const sprite = countBoxes.get(
		'box',
		styleOf(palette),
		WHOLE_COUNT + 1,
		height + 1,
		dpr,
		(box) => {
			box.beginPath();
			roundRect(box, { x: 0.5, y: 0.5, width: WHOLE_COUNT, height }, radius);
			box.fillStyle = palette.mutedFill;
			box.fill();
			box.lineWidth = 1;
			box.strokeStyle = palette.mutedStroke;
			box.stroke();
		}
	);
	ctx.beginPath();
	let selected: CountPrimitive | undefined;
	for (const count of counts) {
		if (count.selected) selected = count;
		const { box } = count;
		if (sprite && Math.abs(box.width - WHOLE_COUNT) < 0.01) {
			stamp(ctx, sprite, box.x - 0.5, box.y - 0.5, dpr);
		} else roundRect(ctx, box, radius);
	}
	ctx.fillStyle = palette.mutedFill;
	ctx.fill();
	ctx.strokeStyle = palette.mutedStroke;
	ctx.stroke();
	if (selected) outline(ctx, input, selected.box, radius);
	textStyle(ctx, input, TEXT.count);
	for (const count of counts) fillText(ctx, count.text);
}

/**
 * Draws the frame's dense layer: grid lines, then the marks the SVG leaves out, in a few
 * batches (one path per kind of paint, not one per mark), then the counts and their numbers.
 */
export function drawTimeline(ctx: CanvasRenderingContext2D, input: CanvasInput): void {
	const { width, height, dpr, inSvg } = input;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, width, height);
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.lineWidth = 1;
	for (const batch of batches) batch.length = 0;
	faded.length = labelled.length = ticks.length = counts.length = 0;
	let selected: MarkPrimitive | undefined;
	for (const primitive of sharedScene(input)) {
		switch (primitive.kind) {
			case 'tick':
				ticks.push(primitive);
				break;
			case 'mark':
				if (!input.marks || inSvg.has(primitive.key)) break;
				if (primitive.paint.gradient) faded.push(primitive);
				else batches[(primitive.paint.id & 3) | (primitive.dimmed ? 4 : 0)]!.push(primitive);
				if (primitive.label) labelled.push(primitive);
				if (primitive.ring) selected = primitive;
				break;
			case 'count':
				if (input.marks) counts.push(primitive);
				break;
		}
	}
	drawGrid(ctx, input);
	if (input.axis) {
		textStyle(ctx, input, TEXT.axis);
		for (const tick of ticks) if (tick.label.text) fillText(ctx, tick.label);
	}
	if (!input.marks) return;
	for (const marks of batches) {
		if (marks.length === 0) continue;
		const draw = marks[0]!.paint.uncertain ? strokeBatch : fillBatch;
		draw(ctx, input, marks);
	}
	for (const mark of faded) drawFaded(ctx, input, mark);
	drawLabels(ctx, input);
	if (selected) outline(ctx, input, selected.ring!, SCENE.ring.radius);
	drawCounts(ctx, input);
}
