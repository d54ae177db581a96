/**
 * One frame of the timeline: for the current scale and width, the ticks and, lane by
 * lane, every mark, label and count. Lane heights depend on the story only, never on the
 * zoom, so the timeline keeps its height (no layout shift) while the reader zooms.
 */
import type { TimeScale } from './scale';
import type { Language } from '$lib/i18n';
import type { Lane } from './lanes';
import { DEFAULT_LAYOUT, layoutLane, type LaneLayout } from './layout';
import { labelWidthOf, type TimelineIndex } from './model';
import { axisTicks, type Tick } from './ticks';

export const GEOMETRY = {
	axis: 30,
	laneTitle: 18,
	row: 24,
	countStrip: 20,
	laneGap: 10
};

export interface LanePosition {
	lane: Lane;
	rows: number;
	/** Top of the lane's title. */
	top: number;
	/** Top of the first row of marks. */
	rowsTop: number;
	/** Top of the count strip. */
	countTop: number;
	bottom: number;
}

export interface FrameLane extends LanePosition {
	layout: LaneLayout;
}

export interface Frame {
	ticks: Tick[];
	lanes: FrameLane[];
	/** Where count bin 0 starts, in pixels (see `LayoutOptions.binPhase`). */
	binPhase: number;
}

/** Where each lane sits, from the top of the SVG; and the SVG's height. */
export function lanePositions(index: TimelineIndex): { lanes: LanePosition[]; height: number } {
	let y = GEOMETRY.axis;
	const lanes = index.lanes.map(({ lane, rows }) => {
		const top = y + GEOMETRY.laneGap;
		const rowsTop = top + GEOMETRY.laneTitle;
		const countTop = rowsTop + rows * GEOMETRY.row;
		const bottom = countTop + GEOMETRY.countStrip;
		y = bottom;
		return { lane, rows, top, rowsTop, countTop, bottom };
	});
	return { lanes, height: y + 4 };
}

export function frameTimeline(
	index: TimelineIndex,
	positions: LanePosition[],
	scale: TimeScale,
	width: number,
	language: Language,
	/** Width of a label's text (the browser's metrics); estimated without it. */
	measure?: (text: string) => number
): Frame {
	const margin = DEFAULT_LAYOUT.glyph;
	const from = scale.invert(-margin).getTime();
	const to = scale.invert(width + margin).getTime();
	const epoch = scale(0);
	const bin = DEFAULT_LAYOUT.bin;
	const binPhase = ((epoch % bin) + bin) % bin;
	// The scale's own arithmetic, without a call and a Date per event.
	const [d0, d1] = scale.domain().map((date) => date.getTime()) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	const k = (r1 - r0) / (d1 - d0 || 1);
	const view = { from, to, origin: d0 - r0 / k, k };
	const labelWidth = (key: number) => labelWidthOf(index, key, measure);
	const lanes = index.lanes.map((lane, i) => {
		const layout = layoutLane(lane, view, {
			...DEFAULT_LAYOUT,
			rows: lane.rows,
			width,
			binPhase,
			labelWidth
		});
		return { ...positions[i]!, layout };
	});
	return { ticks: axisTicks(scale, language), lanes, binPhase };
}
