/**
 * The timeline's dense layer on a <canvas>: the grid, the marks without a label and the
 * counts, drawn as the SVG draws them (same shapes, same theme colours, read from the
 * page's CSS custom properties) at the screen's pixel density. At rest, the labelled marks,
 * the selected one and the axis are SVG elements, links a reader can read, click and reach;
 * while the view moves, the canvas draws those too, and the SVG's hold still, hidden.
 */
import type { Frame } from './frame';
import { GEOMETRY } from './frame';
import { DEFAULT_LAYOUT, type PlacedLabel, type PlacedMark } from './layout';
import { MARK, markOf, type TimelineIndex } from './model';
import { markShape, type MarkShape } from './shapes';
import { SpriteCache, stamp, type Sprite } from './sprites';

export interface Palette {
	article: string;
	context: string;
	paper: string;
	ink: string;
	/** The axis's labels. */
	inkMuted: string;
	focus: string;
	mutedFill: string;
	mutedStroke: string;
	grid: string;
	gridMajor: string;
	/** Article and context colours nearly transparent: the faded ends of approximate dates. */
	articleFaint: string;
	contextFaint: string;
	/** The page's font family, for the counts. */
	font: string;
}

/** Custom properties read for each colour, and what the SVG falls back to without them. */
const COLOURS: Record<
	Exclude<keyof Palette, 'articleFaint' | 'contextFaint' | 'font'>,
	string[]
> = {
	article: ['--article', '#1d4e89'],
	context: ['--context', '#6b5a2e'],
	paper: ['--paper', '#fdfcf9'],
	ink: ['--ink', '#1a1a1a'],
	inkMuted: ['--ink-muted', '#555'],
	focus: ['--focus', '#c2410c'],
	mutedFill: ['--muted-fill', '#ece6d6'],
	mutedStroke: ['--muted-stroke', '#8a806a'],
	grid: ['--grid', '#e6e1d4'],
	gridMajor: ['--grid-major', '#c9c2b0']
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

/** The theme's colours where `element` sits (dark theme included), as the canvas needs them. */
export function readPalette(element: Element, ctx: CanvasRenderingContext2D): Palette {
	const style = getComputedStyle(element);
	const colours = {} as Record<keyof typeof COLOURS, string>;
	for (const [name, [property, fallback]] of Object.entries(COLOURS)) {
		// Normalised by the canvas itself: any CSS colour in, #rrggbb or rgba() out.
		ctx.fillStyle = fallback!;
		ctx.fillStyle = style.getPropertyValue(property!).trim() || fallback!;
		colours[name as keyof typeof COLOURS] = String(ctx.fillStyle);
	}
	return {
		...colours,
		articleFaint: withAlpha(colours.article, 0.1),
		contextFaint: withAlpha(colours.context, 0.1),
		font: style.fontFamily || 'sans-serif'
	};
}

export interface Scene {
	frame: Frame;
	index: TimelineIndex;
	width: number;
	height: number;
	/** Screen pixels per CSS pixel. */
	dpr: number;
	palette: Palette;
	/** Where a time is on screen: for the grid. */
	x: (time: number) => number;
	/** Draw the marks and counts (a dense view), or only the grid (the SVG draws the rest). */
	marks: boolean;
	/** Draw the axis's labels too: while the view moves, the SVG's hold still, hidden. */
	axis: boolean;
	/** Keys of the marks the SVG draws (labelled, selected): left out here. */
	inSvg: ReadonlySet<number>;
	/** A label's text, cut short when it is (for labelled marks the canvas draws). */
	labelText: (key: number, label: PlacedLabel) => string;
	/** Events set back because a selection elsewhere brings others forward. */
	dimmed?: (key: number) => boolean;
	/** The selected event's key (-1 for none): ringed when the canvas draws its mark. */
	selectedKey: number;
	/** The count holding the selected event: its lane (index in `frame.lanes`) and bin. */
	selectedCount?: { lane: number; bin: number };
	formatCount: (count: number) => string;
}

const TAU = 2 * Math.PI;
/** Paint of a batch: bit 1 context, 2 uncertain, 4 dimmed. */
const BATCHES = 8;
/** Per batch, the marks to draw, their rows' tops and their `MARK` flags (reused, not reallocated). */
const batchMarks: PlacedMark[][] = Array.from({ length: BATCHES + 1 }, () => []);
const batchYs: number[][] = Array.from({ length: BATCHES + 1 }, () => []);
const batchFlags: number[][] = Array.from({ length: BATCHES + 1 }, () => []);
/** The last batch: approximate dates, each with its own gradient. */
const FADED = BATCHES;
/** Hollow marks drawn as paths in a batch (reused, not reallocated). */
const paths: MarkShape[] = [];
/** Labelled marks the canvas draws, and their rows' tops. */
const labelled: PlacedMark[] = [];
const labelledYs: number[] = [];

function roundRect(
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number,
	w: number,
	h: number,
	r: number
) {
	if (ctx.roundRect) ctx.roundRect(x, y, w, h, r);
	else ctx.rect(x, y, w, h);
}

/**
 * Adds a mark's shape to the current path, grown (or shrunk) by `grow` pixels all round.
 * The 1-pixel rounding of short bars is left out: rects cost a fraction of rounded ones to
 * fill, and it does not show at that size.
 */
function addShape(ctx: CanvasRenderingContext2D, drawn: MarkShape, grow = 0) {
	if (drawn.kind === 'circle') {
		const r = drawn.r + grow;
		ctx.moveTo(drawn.cx + r, drawn.cy);
		ctx.arc(drawn.cx, drawn.cy, r, 0, TAU);
	} else {
		const x = drawn.x - grow;
		const w = drawn.width + 2 * grow;
		const h = drawn.height + 2 * grow;
		if (w <= 0 || h <= 0) return;
		if (drawn.radius > 1) roundRect(ctx, x, drawn.y - grow, w, h, drawn.radius + grow);
		else ctx.rect(x, drawn.y - grow, w, h);
	}
}

/** Adds the mark's shape to the current path (see `addShape`); returns it, for gradients. */
function shape(
	ctx: CanvasRenderingContext2D,
	mark: PlacedMark,
	y: number,
	flags: number,
	width: number,
	grow = 0
): MarkShape {
	const drawn = markShape(mark, y, flags, width);
	addShape(ctx, drawn, grow);
	return drawn;
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

/** A day's dot: a disc of radius `r`, hollowed out in the paper colour for context. */
function dotSprite(scene: Scene, fill: string, hollow: boolean, r: number) {
	const { palette, dpr } = scene;
	const side = 2 * r + 2;
	return dots.get(`${fill} ${hollow} ${r}`, styleOf(palette), side, side, dpr, (ctx) => {
		ctx.fillStyle = fill;
		ctx.beginPath();
		ctx.arc(side / 2, side / 2, r, 0, TAU);
		ctx.fill();
		if (!hollow) return;
		ctx.fillStyle = palette.paper;
		ctx.beginPath();
		ctx.arc(side / 2, side / 2, r - 2, 0, TAU);
		ctx.fill();
	});
}

/**
 * Fills a batch of sure dates. A stroke costs several times a fill to rasterize, so the
 * SVG's outline is drawn as fills: solid (article) marks grown by half their 1-pixel
 * outline; hollow (context) ones as the outline's outer edge in the context colour, then the
 * inside in the paper colour. Days' dots are copies of one drawn dot, placed on whole
 * screen pixels (half a pixel from where the SVG puts them, at most).
 */
function fillBatch(
	ctx: CanvasRenderingContext2D,
	batch: number,
	scene: Scene,
	marks: PlacedMark[],
	ys: number[],
	flags: number[]
) {
	const { palette, width, dpr } = scene;
	const context = batch & 1;
	const fill = context ? palette.context : palette.article;
	const grow = context ? 1 : 0.5;
	ctx.globalAlpha = batch & 4 ? 0.3 : 1;
	// A batch's dots share a paint and, but for a few, a size: their sprite is looked up once.
	let radius = NaN;
	let sprite: Sprite | undefined;
	paths.length = 0;
	ctx.beginPath();
	for (let i = 0; i < marks.length; i++) {
		const drawn = markShape(marks[i]!, ys[i]!, flags[i]!, width);
		if (drawn.kind === 'circle') {
			if (drawn.r !== radius) {
				radius = drawn.r;
				sprite = dotSprite(scene, fill, context !== 0, radius + grow);
			}
			if (sprite) {
				stamp(ctx, sprite, drawn.cx - sprite.width / 2, drawn.cy - sprite.height / 2, dpr);
				continue;
			}
		}
		addShape(ctx, drawn, grow);
		if (context) paths.push(drawn);
	}
	ctx.fillStyle = fill;
	ctx.fill();
	if (paths.length === 0) return;
	ctx.beginPath();
	for (const drawn of paths) addShape(ctx, drawn, -1);
	ctx.fillStyle = palette.paper;
	ctx.fill();
}

/** Uncertain dates: paler, with a dotted ink outline. Few, so drawn as the SVG draws them. */
function strokeBatch(
	ctx: CanvasRenderingContext2D,
	batch: number,
	scene: Scene,
	marks: PlacedMark[],
	ys: number[],
	flags: number[]
) {
	const { palette, width } = scene;
	const context = batch & 1;
	const alpha = batch & 4 ? 0.3 : 1;
	ctx.beginPath();
	for (let i = 0; i < marks.length; i++) shape(ctx, marks[i]!, ys[i]!, flags[i]!, width);
	ctx.globalAlpha = alpha * 0.45;
	ctx.fillStyle = context ? palette.paper : palette.article;
	ctx.fill();
	ctx.globalAlpha = alpha;
	ctx.lineWidth = context ? 2 : 1;
	ctx.setLineDash([2, 2]);
	ctx.strokeStyle = palette.ink;
	ctx.stroke();
	ctx.setLineDash([]);
}

/** An approximate date fades at its ends (a halo for a day), as the SVG's gradients do. */
function drawFaded(
	ctx: CanvasRenderingContext2D,
	mark: PlacedMark,
	y: number,
	flags: number,
	scene: Scene
) {
	const { palette } = scene;
	const context = flags & MARK.context;
	const uncertain = flags & MARK.uncertain;
	const solid = context ? palette.context : palette.article;
	const faint = context ? palette.contextFaint : palette.articleFaint;
	ctx.beginPath();
	const drawn = shape(ctx, mark, y, flags, scene.width);
	let gradient: CanvasGradient;
	if (drawn.kind === 'circle') {
		const { cx, cy, r } = drawn;
		gradient = ctx.createRadialGradient(cx, cy, 0, cx, cy, r);
		gradient.addColorStop(0.4, solid);
		gradient.addColorStop(1, faint);
	} else {
		gradient = ctx.createLinearGradient(drawn.x, 0, drawn.x + drawn.width, 0);
		gradient.addColorStop(0, faint);
		gradient.addColorStop(0.3, solid);
		gradient.addColorStop(0.7, solid);
		gradient.addColorStop(1, faint);
	}
	const alpha = scene.dimmed?.(mark.key) ? 0.3 : 1;
	ctx.lineWidth = context ? 2 : 1;
	ctx.setLineDash(uncertain ? [2, 2] : []);
	ctx.globalAlpha = alpha * (uncertain ? 0.45 : 1);
	ctx.fillStyle = context ? palette.paper : gradient;
	ctx.fill();
	ctx.globalAlpha = alpha;
	ctx.strokeStyle = uncertain ? palette.ink : context ? gradient : palette.article;
	ctx.stroke();
}

/** The axis's labels as the SVG sets them: 12 px, muted, just after their tick. */
function drawAxisLabels(ctx: CanvasRenderingContext2D, scene: Scene) {
	ctx.font = `12px ${scene.palette.font}`;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = scene.palette.inkMuted;
	for (const tick of scene.frame.ticks) {
		if (tick.label) ctx.fillText(tick.label, scene.x(tick.time) + 4, 15);
	}
}

/** Labels as the SVG sets them: 12 px, ink, at the start or end of their box. */
function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene) {
	if (labelled.length === 0) return;
	ctx.font = `12px ${scene.palette.font}`;
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = scene.palette.ink;
	for (let i = 0; i < labelled.length; i++) {
		const mark = labelled[i]!;
		const label = mark.label!;
		const y = labelledYs[i]!;
		ctx.globalAlpha = scene.dimmed?.(mark.key) ? 0.3 : 1;
		const after = label.side === 'after';
		ctx.textAlign = after ? 'left' : 'right';
		ctx.fillText(
			scene.labelText(mark.key, label),
			after ? label.x : label.x + label.width,
			mark.dot ? y + 16 : y + 12
		);
	}
	ctx.globalAlpha = 1;
}

const COUNT_HEIGHT = GEOMETRY.countStrip - 4;
/** A count's box in the middle of the view: its bin less the gaps on each side. */
const WHOLE_COUNT = DEFAULT_LAYOUT.bin - DEFAULT_LAYOUT.gap;

/**
 * Counts as the SVG draws them: a rounded box, and the number in it. The boxes in the middle
 * of the view are all alike, and copied; those cut by its edges are drawn.
 */
function drawCounts(ctx: CanvasRenderingContext2D, scene: Scene) {
	const { frame, width, palette, dpr } = scene;
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.lineWidth = 1;
	const box = countBoxes.get(
		'box',
		styleOf(palette),
		WHOLE_COUNT + 1,
		COUNT_HEIGHT + 1,
		dpr,
		(box) => {
			box.beginPath();
			roundRect(box, 0.5, 0.5, WHOLE_COUNT, COUNT_HEIGHT, 8);
			box.fillStyle = palette.mutedFill;
			box.fill();
			box.lineWidth = 1;
			box.strokeStyle = palette.mutedStroke;
			box.stroke();
		}
	);
	ctx.beginPath();
	for (const lane of frame.lanes) {
		for (const count of lane.layout.counts) {
			if (count.right < 0 || count.left > width) continue;
			const boxWidth = count.right - count.left;
			if (box && Math.abs(boxWidth - WHOLE_COUNT) < 0.01) {
				stamp(ctx, box, count.left - 0.5, lane.countTop + 1.5, dpr);
			} else roundRect(ctx, count.left, lane.countTop + 2, boxWidth, COUNT_HEIGHT, 8);
		}
	}
	ctx.fillStyle = palette.mutedFill;
	ctx.fill();
	ctx.strokeStyle = palette.mutedStroke;
	ctx.stroke();
	const selected = scene.selectedCount;
	if (selected) {
		const lane = frame.lanes[selected.lane];
		const count = lane?.layout.counts.find((candidate) => candidate.bin === selected.bin);
		if (lane && count) {
			ctx.beginPath();
			roundRect(ctx, count.left, lane.countTop + 2, count.right - count.left, COUNT_HEIGHT, 8);
			ctx.lineWidth = 2.5;
			ctx.strokeStyle = palette.focus;
			ctx.stroke();
		}
	}
	ctx.font = `600 11px ${palette.font}`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = palette.ink;
	for (const lane of frame.lanes) {
		for (const count of lane.layout.counts) {
			if (count.right < 0 || count.left > width) continue;
			const label = `+${scene.formatCount(count.count)}`;
			ctx.fillText(label, (count.left + count.right) / 2, lane.countTop + 14);
		}
	}
}

/**
 * Draws the frame's dense layer: grid lines, then the marks the SVG leaves out, in a few
 * batches (one path per kind of paint, not one per mark), then the counts and their numbers.
 */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: Scene): void {
	const { frame, index, width, height, dpr, palette, inSvg } = scene;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, width, height);
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.lineWidth = 1;
	for (const major of [false, true]) {
		ctx.beginPath();
		for (const tick of frame.ticks) {
			if (tick.major !== major) continue;
			const x = scene.x(tick.time);
			ctx.moveTo(x, 16);
			ctx.lineTo(x, height);
		}
		ctx.strokeStyle = major ? palette.gridMajor : palette.grid;
		ctx.stroke();
	}
	if (scene.axis) drawAxisLabels(ctx, scene);

	if (!scene.marks) return;

	for (let b = 0; b <= BATCHES; b++) {
		batchMarks[b]!.length = batchYs[b]!.length = batchFlags[b]!.length = 0;
	}
	labelled.length = labelledYs.length = 0;
	let selected: PlacedMark | undefined;
	let selectedY = 0;
	for (const lane of frame.lanes) {
		for (const mark of lane.layout.marks) {
			if (inSvg.has(mark.key)) continue;
			if (mark.key === scene.selectedKey) {
				selected = mark;
				selectedY = lane.rowsTop + mark.row * GEOMETRY.row;
			}
			const flags = markOf(index, mark.key);
			const batch =
				flags & MARK.approximate && !(flags & MARK.part)
					? FADED
					: (flags & MARK.context ? 1 : 0) |
						(flags & MARK.uncertain ? 2 : 0) |
						(scene.dimmed?.(mark.key) ? 4 : 0);
			const y = lane.rowsTop + mark.row * GEOMETRY.row;
			batchMarks[batch]!.push(mark);
			batchYs[batch]!.push(y);
			batchFlags[batch]!.push(flags);
			if (mark.label) {
				labelled.push(mark);
				labelledYs.push(y);
			}
		}
	}
	for (let b = 0; b < BATCHES; b++) {
		const marks = batchMarks[b]!;
		if (marks.length === 0) continue;
		const draw = b & 2 ? strokeBatch : fillBatch;
		draw(ctx, b, scene, marks, batchYs[b]!, batchFlags[b]!);
	}
	const faded = batchMarks[FADED]!;
	for (let i = 0; i < faded.length; i++) {
		drawFaded(ctx, faded[i]!, batchYs[FADED]![i]!, batchFlags[FADED]![i]!, scene);
	}
	drawLabels(ctx, scene);
	if (selected) drawRing(ctx, selected, selectedY, scene);
	drawCounts(ctx, scene);
}

/** The selected mark's ring, as the SVG draws it around its link. */
function drawRing(ctx: CanvasRenderingContext2D, mark: PlacedMark, y: number, scene: Scene) {
	const left = Math.max(mark.left, -2) - 3;
	const right = Math.min(mark.right, scene.width + 2) + 3;
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
	ctx.beginPath();
	roundRect(ctx, left, y + 1, right - left, GEOMETRY.row - 2, 4);
	ctx.lineWidth = 2.5;
	ctx.strokeStyle = scene.palette.focus;
	ctx.stroke();
}
