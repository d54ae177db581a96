/**
 * Where each event of a lane goes at the current zoom: its row, its mark and its label,
 * with nothing overlapping. Events that do not fit are grouped, per stretch of time, into
 * a count shown in the lane's count strip; zooming in spreads them out again.
 *
 * Pure and DOM-free: positions are pixels from the scale, label widths are estimates.
 */

/** One event of a lane, at the current zoom. */
export interface LaneItem {
	/** The caller's key for the event (e.g. its position in the story). */
	key: number;
	/** Pixel position of the first moment the date can denote. */
	x0: number;
	/** Pixel position of the last moment the date can denote (≥ x0). */
	x1: number;
	/** Width the full label would take, in pixels. */
	labelWidth: number;
}

export interface LayoutOptions {
	/** Rows of marks in the lane (the count strip is below them). */
	rows: number;
	/** Visible width in pixels; marks and labels stay inside [0, width]. */
	width: number;
	/** Width of a point mark (a dot) drawn for a date narrower than this. */
	glyph: number;
	/** Minimum empty space between two things in a row. */
	gap: number;
	/** Width of the stretches of time grouped into one count, in pixels. */
	bin: number;
	/** Where bin 0 starts, in pixels: keeps bins on the same dates while panning. */
	binPhase: number;
	/** Space between a dot and its label. */
	labelGap: number;
	/** A label narrower than this is left out rather than cut to a stub. */
	minLabel: number;
}

export interface PlacedLabel {
	/** Start of the label box (its left edge), in pixels. */
	x: number;
	width: number;
	/** Which side of the mark: text after it is anchored at its start, before it at its end. */
	side: 'after' | 'before';
	/** True when the label is cut short to fit. */
	truncated: boolean;
}

export interface PlacedMark {
	key: number;
	row: number;
	/** Footprint of the mark in the row. */
	left: number;
	right: number;
	/** Drawn as a dot (date narrower than a dot) rather than a bar of its true width. */
	dot: boolean;
	label?: PlacedLabel;
}

export interface CountBin {
	bin: number;
	/** The bin's box in the count strip (may reach past the view; callers clip). */
	left: number;
	right: number;
	keys: number[];
}

export interface LaneLayout {
	marks: PlacedMark[];
	counts: CountBin[];
}

export const DEFAULT_LAYOUT: Omit<LayoutOptions, 'rows' | 'width' | 'binPhase'> = {
	glyph: 12,
	gap: 4,
	bin: 44,
	labelGap: 3,
	minLabel: 28
};

interface Footprint {
	left: number;
	right: number;
	dot: boolean;
}

export function footprint(item: LaneItem, glyph: number): Footprint {
	if (item.x1 - item.x0 >= glyph) return { left: item.x0, right: item.x1, dot: false };
	const centre = (item.x0 + item.x1) / 2;
	return { left: centre - glyph / 2, right: centre + glyph / 2, dot: true };
}

function binOf(x: number, options: LayoutOptions): number {
	return Math.floor((x - options.binPhase) / options.bin);
}

/**
 * First-fit placement, each mark in the free row empty the longest; an item that fits in
 * no row is returned in `failed`.
 */
function place(
	items: LaneItem[],
	options: LayoutOptions
): { marks: PlacedMark[]; failed: LaneItem[] } {
	const rowEnd = new Array<number>(options.rows).fill(-Infinity);
	const marks: PlacedMark[] = [];
	const failed: LaneItem[] = [];
	for (const item of items) {
		const print = footprint(item, options.glyph);
		// Of the rows free here, the one empty the longest: close events spread over rows,
		// which leaves each the most room for its label.
		let row = -1;
		for (let r = 0; r < options.rows; r++) {
			const end = rowEnd[r]!;
			if (end + options.gap <= print.left && (row < 0 || end < rowEnd[row]!)) row = r;
		}
		if (row < 0) {
			failed.push(item);
			continue;
		}
		rowEnd[row] = print.right;
		marks.push({ key: item.key, row, left: print.left, right: print.right, dot: print.dot });
	}
	return { marks, failed };
}

/** Give each mark the label room its row leaves it, before or after the mark. */
function placeLabels(marks: PlacedMark[], items: Map<number, LaneItem>, options: LayoutOptions) {
	const byRow = new Map<number, PlacedMark[]>();
	for (const mark of marks) {
		const row = byRow.get(mark.row) ?? [];
		row.push(mark);
		byRow.set(mark.row, row);
	}
	for (const row of byRow.values()) {
		row.sort((a, b) => a.left - b.left);
		let occupied = 0; // everything before this x is taken (or outside the view)
		for (let i = 0; i < row.length; i++) {
			const mark = row[i]!;
			const want = items.get(mark.key)!.labelWidth;
			const limit = Math.min(options.width, row[i + 1]?.left ?? Infinity);
			const end = limit - options.gap;
			if (mark.dot) {
				const afterStart = mark.right + options.labelGap;
				const after = end - afterStart;
				const beforeEnd = mark.left - options.labelGap;
				const before = beforeEnd - (occupied + (i > 0 ? options.gap : 0));
				if (after >= want && afterStart >= 0) {
					mark.label = { x: afterStart, width: want, side: 'after', truncated: false };
				} else if (before >= want) {
					mark.label = { x: beforeEnd - want, width: want, side: 'before', truncated: false };
				} else if (Math.max(after, before) >= options.minLabel) {
					mark.label =
						after >= before && afterStart >= 0
							? { x: afterStart, width: after, side: 'after', truncated: true }
							: { x: beforeEnd - before, width: before, side: 'before', truncated: true };
				}
			} else {
				// A bar carries its label from its first visible pixel, over the bar and on.
				const start = Math.max(mark.left, occupied + (i > 0 ? options.gap : 0), 0) + 2;
				const room = end - start;
				if (room >= Math.min(want, options.minLabel) && start < options.width) {
					mark.label = {
						x: start,
						width: Math.min(want, room),
						side: 'after',
						truncated: want > room
					};
				}
			}
			occupied = Math.max(mark.right, mark.label ? mark.label.x + mark.label.width : 0);
		}
	}
}

/**
 * Lay out one lane: each event gets a row where its mark fits, the free row empty the
 * longest; an event that fits in no row is counted in the count of its stretch of time
 * (bin) instead. Every item ends up exactly once, as a mark or in a count.
 */
export function layoutLane(items: LaneItem[], options: LayoutOptions): LaneLayout {
	const { marks, failed } = place(items, options);
	const counts = new Map<number, CountBin>();
	for (const item of failed) {
		const bin = binOf(footprint(item, options.glyph).left, options);
		let count = counts.get(bin);
		if (!count) {
			const left = options.binPhase + bin * options.bin;
			count = {
				bin,
				left: left + options.gap / 2,
				right: left + options.bin - options.gap / 2,
				keys: []
			};
			counts.set(bin, count);
		}
		count.keys.push(item.key);
	}
	placeLabels(marks, new Map(items.map((item) => [item.key, item])), options);
	return { marks, counts: [...counts.values()].sort((a, b) => a.bin - b.bin) };
}

/** Rough width of a label at 12 px, from character classes: no DOM needed, cheap per event. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let em = 0;
	for (const char of text) {
		if ("iljtf.,;:!|'’ ()[]".includes(char)) em += 0.34;
		else if ('mwMW@'.includes(char)) em += 0.9;
		else if (char >= 'A' && char <= 'Z') em += 0.72;
		else em += 0.6;
	}
	return Math.ceil(em * fontSize);
}

/** Cut a label to fit a width, ending with an ellipsis. */
export function truncateText(text: string, width: number, fontSize = 12): string {
	if (estimateTextWidth(text, fontSize) <= width) return text;
	const chars = [...text];
	let low = 0;
	let high = chars.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (estimateTextWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize) <= width)
			low = mid;
		else high = mid - 1;
	}
	return low === 0 ? '' : chars.slice(0, low).join('').trimEnd() + '…';
}
