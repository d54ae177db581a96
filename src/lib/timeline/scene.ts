/**
 * The timeline's scene: one frame of the layout (frame.ts) turned into a flat list of what
 * is painted — the axis's ticks, the lanes' titles and rules, each mark's shape, paint,
 * label and ring, each count's box and number — with every position, size and paint
 * decided here, once. The SVG (TimelineLane.svelte, TimelineAxis.svelte), the canvas
 * (canvas.ts) and the still images (server/stills.ts) are painters of this list: they
 * choose how to draw a primitive, never where or in what colour, so they cannot drift.
 * Colours are design tokens (theme/tokens.ts): each painter turns one into its paint.
 */
import type { Token } from '$lib/theme/tokens';
import { GEOMETRY, type Frame, type LanePosition } from './frame';
import type { Lane } from './lanes';
import type { PlacedLabel } from './layout';
import { MARK, markOf, type TimelineIndex } from './model';
import { markShape, type MarkShape } from './shapes';

/** The tokens the timeline paints with (the lanes' and axis's rules aside). */
export type SceneToken = Extract<
	Token,
	| 'article'
	| 'context'
	| 'paper'
	| 'ink'
	| 'inkMuted'
	| 'focus'
	| 'mutedFill'
	| 'mutedStroke'
	| 'grid'
	| 'gridMajor'
>;

export interface TextStyle {
	size: number;
	weight: 400 | 600;
	fill: SceneToken;
	/** In pixels. */
	letterSpacing?: number;
	uppercase?: boolean;
	/** Figures of one width, so that numbers do not shift as they change. */
	tabular?: boolean;
}

/** The timeline's type: axis labels, lane titles, event labels, counts. */
export const TEXT = {
	axis: { size: 12, weight: 400, fill: 'inkMuted', tabular: true },
	laneTitle: { size: 11, weight: 600, fill: 'inkMuted', letterSpacing: 0.55, uppercase: true },
	label: { size: 12, weight: 400, fill: 'ink' },
	count: { size: 11, weight: 600, fill: 'ink', tabular: true }
} as const satisfies Record<string, TextStyle>;

/** Every other length and paint of the scene, in pixels from the SVG's top left. */
export const SCENE = {
	axis: {
		/** The rule under the tick labels. */
		baseline: 22,
		/** Where grid lines start, just under the labels. */
		gridTop: 16,
		labelDx: 4,
		labelY: 15
	},
	laneTitle: { x: 2, dy: 13 },
	laneRuleDash: [2, 3],
	/** A label's baseline below its row's top: level with a dot, above a bar. */
	labelY: { dot: 16, bar: 12 },
	/** The selected mark's ring: round its footprint, cut a little outside the view. */
	ring: { pad: 3, overhang: 2, inset: 1, radius: 4, width: 2.5 },
	count: { inset: 2, radius: 8, textY: 14, selectedWidth: 2.5 },
	/** Events set back because a selection elsewhere brings others forward. */
	dimmed: 0.3,
	/** Uncertain dates: a paler fill, a dotted ink outline. */
	uncertain: { fillOpacity: 0.45, dash: [2, 2] },
	/**
	 * Approximate dates fade: a bar at both ends, a day's dot at its edge (offset, opacity of
	 * the origin's colour).
	 */
	fade: [
		[0, 0.1],
		[0.3, 1],
		[0.7, 1],
		[1, 0.1]
	],
	halo: [
		[0.4, 1],
		[1, 0.1]
	]
} as const;

/** How a mark is painted: by where its fact comes from and how well its date is known. */
export interface MarkPaint {
	/** Bits: 1 context, 2 uncertain, 4 faded; the index in `PAINTS`. */
	id: number;
	origin: 'article' | 'context';
	uncertain: boolean;
	fill: SceneToken;
	stroke: SceneToken;
	strokeWidth: number;
	fillOpacity: number;
	dash?: readonly number[];
	/**
	 * An approximate date: which of the two is painted with the origin's colour fading
	 * (`SCENE.fade` for a bar, `SCENE.halo` for a dot) rather than flat.
	 */
	gradient?: 'fill' | 'stroke';
}

function paintOf(id: number): MarkPaint {
	const context = (id & 1) !== 0;
	const uncertain = (id & 2) !== 0;
	const faded = (id & 4) !== 0;
	const origin = context ? 'context' : 'article';
	return {
		id,
		origin,
		uncertain,
		// Solid for the article's claims, hollow for added context.
		fill: context ? 'paper' : 'article',
		stroke: uncertain ? 'ink' : origin,
		strokeWidth: context ? 2 : 1,
		fillOpacity: uncertain ? SCENE.uncertain.fillOpacity : 1,
		dash: uncertain ? SCENE.uncertain.dash : undefined,
		gradient: !faded ? undefined : !context ? 'fill' : uncertain ? undefined : 'stroke'
	};
}

/** The eight paints, made once: painters may batch and cache by identity. */
export const PAINTS: readonly MarkPaint[] = Array.from({ length: 8 }, (_, id) => paintOf(id));

/** The paint of a mark with these `MARK` flags. */
export function markPaint(flags: number): MarkPaint {
	const faded = flags & MARK.approximate && !(flags & MARK.part);
	return PAINTS[
		(flags & MARK.context ? 1 : 0) | (flags & MARK.uncertain ? 2 : 0) | (faded ? 4 : 0)
	]!;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface SceneText {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
}

/** A tick of the axis: its grid line and its label (empty for some). */
export interface TickPrimitive {
	kind: 'tick';
	x: number;
	major: boolean;
	top: number;
	bottom: number;
	label: SceneText;
}

/** A lane's title and the rule under it. */
export interface LanePrimitive {
	kind: 'lane';
	lane: Lane;
	/** The lane's index in the frame. */
	index: number;
	title: SceneText;
	rule: { y: number; x1: number; x2: number };
}

/** An event's mark, with its label and, when selected, its ring: one link in the SVG. */
export interface MarkPrimitive {
	kind: 'mark';
	lane: number;
	key: number;
	shape: MarkShape;
	paint: MarkPaint;
	dimmed: boolean;
	selected: boolean;
	label?: SceneText;
	ring?: Box;
}

/** A count of grouped events: a box and its number. */
export interface CountPrimitive {
	kind: 'count';
	lane: number;
	bin: number;
	count: number;
	box: Box;
	text: SceneText;
	selected: boolean;
}

export type Primitive = TickPrimitive | LanePrimitive | MarkPrimitive | CountPrimitive;

export interface SceneInput {
	frame: Frame;
	index: TimelineIndex;
	width: number;
	height: number;
	/** Where a time is on screen. */
	x: (time: number) => number;
	/** The selected event's key (-1 for none). */
	selectedKey: number;
	/** The count holding the selected event: its lane (index in `frame.lanes`) and bin. */
	selectedCount?: { lane: number; bin: number };
	/** Events set back because a selection elsewhere brings others forward. */
	dimmed?: (key: number) => boolean;
	/** A label's text, cut short when it is. */
	labelText: (key: number, label: PlacedLabel) => string;
	/** A lane's title (the SVG writes it in capitals with CSS, the images in letters). */
	laneTitle?: (lane: Lane) => string;
	formatCount: (count: number) => string;
}

/**
 * Positions to a tenth of a pixel, decided here for every painter: finer is invisible, and
 * costs bytes in every prerendered page. (Mark shapes keep their own, in shapes.ts.)
 */
const px = (value: number) => Math.round(value * 10) / 10;

/** The axis's ticks: grid lines down to `height`, labels just after their tick. */
function ticks(input: SceneInput, out: Primitive[]) {
	const { axis } = SCENE;
	for (const tick of input.frame.ticks) {
		const x = px(input.x(tick.time));
		out.push({
			kind: 'tick',
			x,
			major: tick.major,
			top: axis.gridTop,
			bottom: input.height,
			label: { x: px(x + axis.labelDx), y: axis.labelY, text: tick.label, anchor: 'start' }
		});
	}
}

/**
 * Each lane's title and the rule under it: where the lanes sit, not where the view is, so
 * that a moving view leaves them as they are.
 */
export function lanePrimitives(
	input: { lanes: readonly LanePosition[]; width: number; laneTitle?: SceneInput['laneTitle'] },
	out: Primitive[] = []
): LanePrimitive[] {
	const lanes = input.lanes.map((lane, index): LanePrimitive => ({
		kind: 'lane',
		lane: lane.lane,
		index,
		title: {
			x: SCENE.laneTitle.x,
			y: lane.top + SCENE.laneTitle.dy,
			text: input.laneTitle?.(lane.lane) ?? lane.lane,
			anchor: 'start'
		},
		rule: { y: lane.bottom, x1: 0, x2: input.width }
	}));
	out.push(...lanes);
	return lanes;
}

function marks(input: SceneInput, out: Primitive[]) {
	const { frame, index, width, selectedKey } = input;
	const { ring } = SCENE;
	frame.lanes.forEach((lane, laneIndex) => {
		for (const mark of lane.layout.marks) {
			const y = lane.rowsTop + mark.row * GEOMETRY.row;
			const flags = markOf(index, mark.key);
			const { label } = mark;
			const selected = mark.key === selectedKey;
			const left = px(Math.max(mark.left, -ring.overhang) - ring.pad);
			out.push({
				kind: 'mark',
				lane: laneIndex,
				key: mark.key,
				shape: markShape(mark, y, flags, width),
				paint: markPaint(flags),
				dimmed: input.dimmed?.(mark.key) ?? false,
				selected,
				label: label && {
					x: px(label.side === 'after' ? label.x : label.x + label.width),
					y: y + (mark.dot ? SCENE.labelY.dot : SCENE.labelY.bar),
					text: input.labelText(mark.key, label),
					anchor: label.side === 'after' ? 'start' : 'end'
				},
				ring: selected
					? {
							x: left,
							y: y + ring.inset,
							width: px(Math.min(mark.right, width + ring.overhang) + ring.pad - left),
							height: GEOMETRY.row - 2 * ring.inset
						}
					: undefined
			});
		}
	});
}

/** Counts in view (or partly): each a box in its lane's strip, its number in the middle. */
function counts(input: SceneInput, out: Primitive[]) {
	const { frame, width, selectedCount } = input;
	const { count: style } = SCENE;
	frame.lanes.forEach((lane, laneIndex) => {
		for (const count of lane.layout.counts) {
			if (count.right < 0 || count.left > width) continue;
			out.push({
				kind: 'count',
				lane: laneIndex,
				bin: count.bin,
				count: count.count,
				box: {
					x: px(count.left),
					y: lane.countTop + style.inset,
					width: px(count.right - count.left),
					height: GEOMETRY.countStrip - 2 * style.inset
				},
				text: {
					x: px((count.left + count.right) / 2),
					y: lane.countTop + style.textY,
					text: `+${input.formatCount(count.count)}`,
					anchor: 'middle'
				},
				selected: selectedCount?.lane === laneIndex && selectedCount.bin === count.bin
			});
		}
	});
}

/**
 * The scene of a frame, in painting order: ticks, lanes, marks (lane by lane, as laid out),
 * counts. Each painter takes its share (share.ts, canvas.ts).
 */
export function timelineScene(input: SceneInput): Primitive[] {
	const out: Primitive[] = [];
	ticks(input, out);
	lanePrimitives({ ...input, lanes: input.frame.lanes }, out);
	marks(input, out);
	counts(input, out);
	return out;
}

/** Counts formatted in a language, once per number: the canvas shows dozens on every frame. */
export function countFormat(language: string): (count: number) => string {
	const numberFormat = new Intl.NumberFormat(language);
	const made = new Map<number, string>();
	return (count) => {
		let text = made.get(count);
		if (text === undefined) made.set(count, (text = numberFormat.format(count)));
		return text;
	};
}
