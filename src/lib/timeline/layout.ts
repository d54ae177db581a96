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
	/** Width the full label would take, in pixels (or ask `LayoutOptions.labelWidth`). */
	labelWidth?: number;
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
	 * Width of an item's full label, asked only for the items that get a mark: when most of
	 * the items in view end up in counts, their labels are never measured.
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

/** Give each mark the label room its row leaves it, before or after the mark. */
function placeLabels(marks: PlacedMark[], wants: number[], options: LayoutOptions) {
	const byRow: number[][] = Array.from({ length: options.rows }, () => []);
	for (let i = 0; i < marks.length; i++) byRow[marks[i]!.row]!.push(i);
	for (const row of byRow) {
		// Marks go into a row left to right already; sorting keeps that true whatever placed them.
		row.sort((a, b) => marks[a]!.left - marks[b]!.left);
		let occupied = 0; // everything before this x is taken (or outside the view)
		for (let i = 0; i < row.length; i++) {
			const mark = marks[row[i]!]!;
			const want = wants[row[i]!]!;
			const next = row[i + 1];
			const limit = Math.min(options.width, next === undefined ? Infinity : marks[next]!.left);
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
 * Lay out one lane: each event gets a row where its mark fits (first fit, in the free row
 * empty the longest: close events spread over rows, which leaves each the most room for its
 * label); an event that fits in no row is counted in the count of its stretch of time
 * (bin) instead. Every item ends up exactly once, as a mark or in a count.
 *
 * One pass, no allocation per item beyond the marks: it runs on every frame of a zoom, over
 * every event in view.
 */
export function layoutLane(items: LaneItem[], options: LayoutOptions): LaneLayout {
	const { rows, glyph, gap, bin: binWidth, binPhase } = options;
	const rowEnd = new Float64Array(rows).fill(-Infinity);
	const marks: PlacedMark[] = [];
	const wants: number[] = [];
	const counts = new Map<number, CountBin>();
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		let left = item.x0;
		let right = item.x1;
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
		if (row >= 0) {
			rowEnd[row] = right;
			marks.push({ key: item.key, row, left, right, dot });
			wants.push(item.labelWidth ?? options.labelWidth?.(item.key) ?? 0);
			continue;
		}
		const bin = Math.floor((left - binPhase) / binWidth);
		let count = counts.get(bin);
		if (!count) {
			const binLeft = binPhase + bin * binWidth;
			count = { bin, left: binLeft + gap / 2, right: binLeft + binWidth - gap / 2, keys: [] };
			counts.set(bin, count);
		}
		count.keys.push(item.key);
	}
	placeLabels(marks, wants, options);
	return { marks, counts: [...counts.values()].sort((a, b) => a.bin - b.bin) };
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
