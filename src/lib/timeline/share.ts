/**
 * The SVG's share of a frame's scene. At rest in a dense view (or while the view moves) the
 * canvas draws most marks and the SVG keeps, as links, those a reader can read and click:
 * the selected one and the first `share` labelled ones (see schedule.svelte.ts). Each lane
 * then says in words what it shows.
 */
import type { Messages } from '$lib/i18n';
import type { EventView } from './events';
import type { Frame } from './frame';
import { countHolds } from './layout';
import { placeOf, type TimelineIndex } from './model';
import type { Lane } from './lanes';
import {
	timelineScene,
	type CountPrimitive,
	type MarkPrimitive,
	type Primitive,
	type SceneInput,
	type TickPrimitive
} from './scene';

export interface SvgShare {
	ticks: TickPrimitive[];
	/** By lane index in the frame. */
	lanes: { lane: Lane; marks: MarkPrimitive[]; counts: CountPrimitive[]; summary?: string }[];
}

/**
 * The SVG's share of `scene` (the input's): every mark and count, or (`layered`) only the
 * marks in `keys`, with each lane's summary in words.
 */
export function svgShare(
	input: SceneInput,
	layered: boolean,
	keys: ReadonlySet<number>,
	t: Pick<Messages, 'laneInView'>,
	scene: readonly Primitive[] = timelineScene(input)
): SvgShare {
	const { frame, formatCount } = input;
	const lanes: SvgShare['lanes'] = frame.lanes.map(({ lane, layout }) => {
		if (!layered) return { lane, marks: [], counts: [] };
		const grouped = layout.counts.reduce((sum, count) => sum + count.count, 0);
		return {
			lane,
			marks: [],
			counts: [],
			summary: t.laneInView(formatCount(layout.marks.length + grouped), formatCount(grouped))
		};
	});
	const ticks: TickPrimitive[] = [];
	for (const item of scene) {
		if (item.kind === 'tick') ticks.push(item);
		else if (item.kind === 'mark' && (!layered || keys.has(item.key)))
			lanes[item.lane]!.marks.push(item);
		else if (item.kind === 'count' && !layered) lanes[item.lane]!.counts.push(item);
	}
	return { ticks, lanes };
}

/** The count holding an event, when it is in one: its lane (index in the frame) and bin. */
export function countHolding(
	model: TimelineIndex,
	frame: Frame,
	key: number
): { lane: number; bin: number } | undefined {
	const place = key >= 0 ? placeOf(model, key) : undefined;
	if (!place || place.lane < 0) return undefined;
	const count = frame.lanes[place.lane]?.layout.counts.find((c) => countHolds(c, place.position));
	return count && { lane: place.lane, bin: count.bin };
}

/**
 * Which layer paints what: without a canvas the SVG draws everything, and nothing is held;
 * with one, the render schedule decides (layers.svelte.ts).
 */
export interface Layers {
	readonly schedule: {
		readonly held: boolean;
		readonly layered: boolean;
		moved(): void;
		destroy(): void;
	};
	/** The marks the SVG draws as links; the canvas draws the others. */
	readonly inSvg: ReadonlySet<number>;
	/** What the SVG shows. */
	readonly shown: SvgShare & { events: EventView };
}
