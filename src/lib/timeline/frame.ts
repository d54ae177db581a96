/**
 * One frame of the timeline: for the current scale and width, the ticks and, lane by
 * lane, every mark, label and count. Lane heights depend on the story only, never on the
 * zoom, so the timeline keeps its height (no layout shift) while the reader zooms.
 */
import type { TimeScale } from './scale';
import type { Language } from '$lib/i18n';
import type { Lane } from './lanes';
import { DEFAULT_LAYOUT, layoutLane, type LaneItem, type LaneLayout } from './layout';
import { labelWidthOf, type TimelineIndex } from './model';
import { lowerBound, upperBound } from './search';
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
	language: Language
): Frame {
	const margin = DEFAULT_LAYOUT.glyph;
	const from = scale.invert(-margin).getTime();
	const to = scale.invert(width + margin).getTime();
	const epoch = scale(0);
	const bin = DEFAULT_LAYOUT.bin;
	const binPhase = ((epoch % bin) + bin) % bin;
	// The scale's own arithmetic (d3's normalize, then interpolate), without a call and a
	// Date per event: this runs for every event in view on every frame of a zoom.
	const [d0, d1] = scale.domain().map((date) => date.getTime()) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	const x = (time: number) => {
		const t = (time - d0) / (d1 - d0);
		return r0 * (1 - t) + r1 * t;
	};
	const labelWidth = (key: number) => labelWidthOf(index, key);
	const lanes = index.lanes.map((lane, i) => {
		// The lane's events overlapping [from, to] (as `keysInWindow`), found by binary search.
		const low = lowerBound(lane.starts, from - lane.maxDuration);
		const high = upperBound(lane.starts, to);
		const items: LaneItem[] = [];
		for (let j = low; j < high; j++) {
			const end = lane.ends[j]!;
			if (end < from) continue;
			items.push({ key: lane.keys[j]!, x0: x(lane.starts[j]!), x1: x(end) });
		}
		const layout = layoutLane(items, {
			...DEFAULT_LAYOUT,
			rows: lane.rows,
			width,
			binPhase,
			labelWidth
		});
		return { ...positions[i]!, layout };
	});
	return { ticks: axisTicks(scale, language), lanes };
}
