/**
 * What is under a point of the timeline: a mark (or its label) or a count. The marks drawn on the canvas
 * have no element to click, so a click or a hover is looked up in the frame's layout: the
 * lane by its height, the row's marks (left to right) and the counts (by bin) by binary
 * search, never by a scan of what is drawn.
 */
import { DEFAULT_LAYOUT, type CountBin, type PlacedMark } from './layout';
import { GEOMETRY, type Frame } from './frame';

export type Hit =
	| { kind: 'mark'; lane: number; mark: PlacedMark }
	| { kind: 'count'; lane: number; count: CountBin };

/** Pixels around a mark that still reach it: a dot is small under a finger or a mouse. */
export const SLOP = 3;

/** The mark or count at (x, y), in the timeline's pixels; undefined when there is none. */
export function hitTest(frame: Frame, x: number, y: number, slop = SLOP): Hit | undefined {
	const lane = frame.lanes.findIndex((candidate) => y >= candidate.top && y < candidate.bottom);
	if (lane < 0) return undefined;
	const { layout, rowsTop, countTop } = frame.lanes[lane]!;
	if (y >= countTop) {
		const bin = Math.floor((x - frame.binPhase) / DEFAULT_LAYOUT.bin);
		const { counts } = layout;
		let low = 0;
		let high = counts.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (counts[mid]!.bin < bin) low = mid + 1;
			else high = mid;
		}
		const count = counts[low];
		return count?.bin === bin ? { kind: 'count', lane, count } : undefined;
	}
	if (y < rowsTop) return undefined;
	const row = layout.rows[Math.floor((y - rowsTop) / GEOMETRY.row)];
	if (!row) return undefined;
	// The marks around x: a row holds, left to right, each mark with its label before or after
	// it, never overlapping. The nearest mark or label within `slop` of x wins.
	let low = 0;
	let high = row.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (layout.marks[row[mid]!]!.left <= x + slop) low = mid + 1;
		else high = mid;
	}
	let best: PlacedMark | undefined;
	let distance = Infinity;
	for (let i = Math.max(0, low - 2); i <= low && i < row.length; i++) {
		const mark = layout.marks[row[i]!]!;
		let left = mark.left;
		let right = mark.right;
		if (mark.label) {
			left = Math.min(left, mark.label.x);
			right = Math.max(right, mark.label.x + mark.label.width);
		}
		const away = x < left ? left - x : x > right ? x - right : 0;
		if (away <= slop && away < distance) {
			best = mark;
			distance = away;
		}
	}
	return best && { kind: 'mark', lane, mark: best };
}
