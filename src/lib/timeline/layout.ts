/**
 * Where each event of a lane goes at the current zoom: its row, its mark and its label,
 * with nothing overlapping. Events that do not fit are grouped, per stretch of time, into
 * a count shown in the lane's count strip; zooming in spreads them out again.
 *
 * Pure and DOM-free. It reads the lane's typed arrays (events sorted by start) and does
 * work in proportion to what it draws, not to the events in view: once every row is taken
 * up to some x, the events starting before it are counted by binary search, bin by bin.
 */
import { lowerBound, upperBound } from './search';

/** A lane's events, sorted by start: the timeline index's typed arrays. */
export interface LaneEvents {
	/** The caller's key for each event (e.g. its position in the story). */
	keys: ArrayLike<number>;
	/** First moment each date can denote, ascending. */
	starts: ArrayLike<number>;
	/** Last moment each date can denote (≥ its start). */
	ends: ArrayLike<number>;
	/** Longest duration in the lane: how far back an event still in view can start. */
	maxDuration: number;
}

/** What is in view and how time maps to pixels: x = (time − origin) × k. */
export interface LaneView {
	/** Events ending before `from` or starting after `to` are out of view. */
	from: number;
	to: number;
	origin: number;
	/** Pixels per unit of time (> 0). */
	k: number;
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
	/**
	 * Width of an event's full label, by key, asked only for the marks with room for some
	 * text: when most of the events in view end up in counts or packed rows, their labels are
	 * never measured.
	 */
	labelWidth?: (key: number) => number;
}

export interface PlacedLabel {
	/** Start of the label box (its left edge), in pixels. */
	x: number;
	width: number;
	/** Which side of the mark: text after it is anchored at its start, before it at its end. */
	side: 'after' | 'before';
	/** True when the label is cut short to fit. */
	truncated: boolean;
	/** The text cut short, kept once made (the layout leaves it to whoever draws the label). */
	text?: string;
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
	/** How many events the count stands for. */
	count: number;
	/**
	 * Which: positions in the lane's arrays, as [from, to) pairs in ascending order
	 * (see `countHolds`). Kept as ranges so that counting is not a copy.
	 */
	ranges: number[];
}

export interface LaneLayout {
	marks: PlacedMark[];
	/** Counts, by bin, left to right. */
	counts: CountBin[];
	/** For each row, the indices in `marks` of its marks, left to right: for hit-testing. */
	rows: number[][];
}

/** The least share of a count's bin in view for the count to stay in its bin at an edge. */
export const EDGE_SHARE = 0.6;

export const DEFAULT_LAYOUT: Omit<LayoutOptions, 'rows' | 'width' | 'binPhase'> = {
	glyph: 12,
	gap: 4,
	bin: 44,
	labelGap: 3,
	minLabel: 28
};

/**
 * Give each mark the label room its row leaves it, before or after the mark. A label's width
 * is asked for only when there is room for some text: in a packed row, never.
 */
function placeLabels(marks: PlacedMark[], rows: number[][], options: LayoutOptions) {
	const labelWidth = options.labelWidth ?? (() => 0);
	for (const row of rows) {
		// Marks go into a row left to right, so `row` is in order of `left` already.
		let occupied = 0; // everything before this x is taken (or outside the view)
		for (let i = 0; i < row.length; i++) {
			const mark = marks[row[i]!]!;
			const next = row[i + 1];
			const limit = Math.min(options.width, next === undefined ? Infinity : marks[next]!.left);
			const end = limit - options.gap;
			if (mark.dot) {
				const afterStart = mark.right + options.labelGap;
				const after = end - afterStart;
				const beforeEnd = mark.left - options.labelGap;
				const before = beforeEnd - (occupied + (i > 0 ? options.gap : 0));
				const want = after > 0 || before > 0 ? labelWidth(mark.key) : Infinity;
				if (want === Infinity) {
					// No room on either side.
				} else if (after >= want && afterStart >= 0) {
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
				const want = room > 0 && start < options.width ? labelWidth(mark.key) : Infinity;
				if (room >= Math.min(want, options.minLabel)) {
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
 * Lay out one lane: each event in view gets a row where its mark fits (first fit, in the
 * free row empty the longest: close events spread over rows, which leaves each the most
 * room for its label); an event that fits in no row is counted in the count of the stretch
 * of time (bin) where it starts instead. Every event in view ends up exactly once, as a
 * mark or in a count.
 *
 * It runs on every frame of a zoom. An event is looked at one by one only while some row
 * could still take it; the events that start before every row's end are counted in bulk,
 * by binary search, so a lane of 20,000 events in view costs about what its marks cost.
 */
export function layoutLane(events: LaneEvents, view: LaneView, options: LayoutOptions): LaneLayout {
	const { keys, starts, ends } = events;
	const { from, to, origin, k } = view;
	const { rows, width, glyph, gap, bin: binWidth, binPhase } = options;
	const rowEnd = new Float64Array(rows).fill(-Infinity);
	const byRow: number[][] = Array.from({ length: rows }, () => []);
	const marks: PlacedMark[] = [];
	const counts: CountBin[] = [];
	/** Counts by bin; bins mostly come in ascending order, so the last one is kept at hand. */
	const byBin = new Map<number, CountBin>();
	let lastCount: CountBin | undefined;
	const x = (time: number) => (time - origin) * k;
	/** Counts sit in the view: what starts before it counts at its left edge, after it at its right. */
	const viewBin = (px: number) =>
		Math.floor((Math.min(Math.max(px, 0), Math.max(0, width - 1)) - binPhase) / binWidth);
	// Bins are fixed in time so that counts hold still while the view pans; an edge bin with
	// only a sliver in view joins its neighbour, whose count a reader can see and click.
	const firstBin = viewBin(0);
	const finalBin = viewBin(width);
	const sliver = binWidth * EDGE_SHARE;
	const mergeFirst = finalBin > firstBin && binPhase + (firstBin + 1) * binWidth < sliver;
	const mergeFinal =
		finalBin - 1 > firstBin + (mergeFirst ? 1 : 0) &&
		width - (binPhase + finalBin * binWidth) < sliver;
	const binOf = (px: number) => {
		const bin = viewBin(px);
		if (mergeFirst && bin === firstBin) return bin + 1;
		if (mergeFinal && bin === finalBin) return bin - 1;
		return bin;
	};
	const lastBin = binOf(width);

	function countOf(bin: number): CountBin {
		if (lastCount?.bin === bin) return lastCount;
		let count = byBin.get(bin);
		if (!count) {
			const binLeft = binPhase + bin * binWidth;
			count = {
				bin,
				// A bin the view cuts shows its count in the part in view.
				left: Math.max(binLeft, 0) + gap / 2,
				right: Math.min(binLeft + binWidth, width) - gap / 2,
				count: 0,
				ranges: []
			};
			byBin.set(bin, count);
			counts.push(count);
		}
		return (lastCount = count);
	}

	function addRange(count: CountBin, low: number, high: number) {
		const { ranges } = count;
		if (ranges.length > 0 && ranges[ranges.length - 1] === low) ranges[ranges.length - 1] = high;
		else ranges.push(low, high);
		count.count += high - low;
	}

	/** First position in [low, high) whose start is at or after pixel `px`. */
	function firstFrom(low: number, high: number, px: number): number {
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (x(starts[mid]!) < px) low = mid + 1;
			else high = mid;
		}
		return low;
	}

	/** Count positions [low, high) (ascending starts), each in the bin where it starts. */
	function countRange(low: number, high: number) {
		while (low < high) {
			const bin = binOf(x(starts[low]!));
			const next =
				bin >= lastBin || high - low === 1
					? high
					: firstFrom(low + 1, high, binPhase + (bin + 1) * binWidth);
			addRange(countOf(bin), low, next);
			low = next;
		}
	}

	function place(i: number) {
		let left = x(starts[i]!);
		// An interval that runs on (no end) is drawn to the view's right edge.
		let right = ends[i] === Infinity ? Math.max(width, left + glyph) : x(ends[i]!);
		const dot = right - left < glyph;
		if (dot) {
			const centre = (left + right) / 2;
			left = centre - glyph / 2;
			right = centre + glyph / 2;
		}
		let row = -1;
		for (let r = 0; r < rows; r++) {
			const end = rowEnd[r]!;
			if (end + gap <= left && (row < 0 || end < rowEnd[row]!)) row = r;
		}
		if (row < 0) {
			countRange(i, i + 1);
			return;
		}
		rowEnd[row] = right;
		const key = keys[i]!;
		byRow[row]!.push(marks.length);
		marks.push({ key, row, left, right, dot });
	}

	// Events that start before the view and reach into it: few, looked at one by one.
	const first = lowerBound(starts, from);
	const high = upperBound(starts, to);
	let i = lowerBound(starts, from - events.maxDuration);
	for (; i < first; i++) if (ends[i]! >= from) place(i);
	// Then the view, left to right.
	while (i < high) {
		let least = rowEnd[0]!;
		for (let r = 1; r < rows; r++) least = Math.min(least, rowEnd[r]!);
		const edge = least + gap;
		// A mark's left edge is at most its start: what starts before the edge fits nowhere.
		if (x(starts[i]!) < edge) {
			const next = firstFrom(i + 1, high, edge);
			countRange(i, next);
			i = next;
			continue;
		}
		// A dot reaches half a glyph before its middle: those starting just after the edge may
		// not fit either. Many do when events are dense; they are counted together, without
		// trying rows, up to the first that fits.
		let next = i;
		while (next < high) {
			const x0 = x(starts[next]!);
			const x1 = x(ends[next]!);
			if (x1 - x0 >= glyph || (x0 + x1 - glyph) / 2 >= edge) break;
			next++;
		}
		if (next > i) {
			countRange(i, next);
			i = next;
		} else place(i++);
	}
	placeLabels(marks, byRow, options);
	return { marks, counts: counts.sort((a, b) => a.bin - b.bin), rows: byRow };
}

/** Whether the count stands for the event at `position` in the lane's arrays. */
export function countHolds(count: CountBin, position: number): boolean {
	const { ranges } = count;
	for (let r = 0; r < ranges.length; r += 2) {
		if (position >= ranges[r]! && position < ranges[r + 1]!) return true;
	}
	return false;
}

/** Em widths of the ASCII characters, by char code; the rest are 0.6 (see estimateTextWidth). */
const ASCII_EM = new Float64Array(128).fill(0.6);
for (const char of "iljtf.,;:!|'() []") ASCII_EM[char.charCodeAt(0)] = 0.34;
for (let code = 65; code <= 90; code++) ASCII_EM[code] = 0.72;
for (const char of 'mwMW@') ASCII_EM[char.charCodeAt(0)] = 0.9;
const NARROW_QUOTE = 0x2019; // ’

/** Rough width of a label at 12 px, from character classes: no DOM needed, cheap per event. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let em = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 128) em += ASCII_EM[code]!;
		else if (code === NARROW_QUOTE) em += 0.34;
		// A character outside the BMP is two UTF-16 units but one character.
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			em += 0.6;
			i++;
		} else em += 0.6;
	}
	return Math.ceil(em * fontSize);
}

/** Whether a UTF-16 unit is white space or a line end: what `trimEnd` drops. */
function isSpace(code: number): boolean {
	return (
		code === 0x20 ||
		(code >= 0x09 && code <= 0x0d) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/**
 * `truncateText` by a measure that adds up the widths of a text's characters, as the
 * browser's metrics do (measure.ts): the same cut, found in one pass over the label instead
 * of a string made and measured per try. While the view moves, labels are cut on every frame.
 */
export function cutText(text: string, width: number, measure: (text: string) => number): string {
	if (measure(text) <= width) return text;
	const room = width - measure('…');
	let used = 0;
	// Just after the last character that fits and is not white space (a cut never ends in it).
	let end = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
		used += measure(pair ? text.slice(i, i + 2) : text[i]!);
		if (pair) i++;
		if (isSpace(code)) continue;
		if (used > room) break;
		end = i + 1;
	}
	return end === 0 ? '' : text.slice(0, end) + '…';
}

/**
 * Cut a label to fit a width, ending with an ellipsis. Widths are estimated at `fontSize`,
 * or given by `measure` (the browser's text metrics).
 */
export function truncateText(
	text: string,
	width: number,
	fontSize = 12,
	measure: (text: string) => number = (part) => estimateTextWidth(part, fontSize)
): string {
	if (measure(text) <= width) return text;
	const chars = [...text];
	let low = 0;
	let high = chars.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= width) low = mid;
		else high = mid - 1;
	}
	const cut = chars.slice(0, low).join('').trimEnd();
	return cut === '' ? '' : cut + '…';
}
