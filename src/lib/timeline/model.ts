/**
 * The timeline's index of a story, built once: per lane, events sorted by start in typed
 * arrays, so that what is in view is found by binary search, never by a scan of the story.
 */
import { localized, type Language } from '$lib/i18n';
import { formatDate } from '$lib/story/format';
import type { ResolvedEvent } from '$lib/story/resolve';
import { LANES, laneOf, type Lane } from './lanes';
import { estimateTextWidth } from './layout';
import { lowerBound } from './search';

const DAY = 86_400_000;
/** Most rows a lane gets; denser stretches become counts. */
export const MAX_ROWS = 3;

export interface LaneIndex {
	lane: Lane;
	/** Rows of marks the lane needs (1…MAX_ROWS). */
	rows: number;
	/** Keys (positions in the story's time-ordered events), sorted by start. */
	keys: Int32Array;
	starts: Float64Array;
	ends: Float64Array;
	/** Longest duration in the lane: how far back a date still in view can start. */
	maxDuration: number;
}

export interface TimelineIndex {
	/** The story's events, in time order; an event's key is its position here. */
	events: ResolvedEvent[];
	lanes: LaneIndex[];
	/** Labels, made when first asked for (see `labelOf`). */
	labels: (string | undefined)[];
	/** Label widths in pixels; NaN until first asked for (see `labelWidthOf`). */
	labelWidths: Float32Array;
	/** What measured `labelWidths`: the estimate, or the browser's text metrics. */
	widthsBy?: (text: string) => number;
	/** Every event's start, in key (time) order. */
	starts: Float64Array;
	/** First and last moment of any event. */
	extent: [number, number];
	language: Language;
	/** Date labels, made when first asked for (see `dateLabel`). */
	dates: (string | undefined)[];
	/** Keys by event id, made when first asked for (see `keyOfId`). */
	ids?: Map<string, number>;
	/** How each event is drawn, as `MARK` flags; 0 until first asked for (see `markOf`). */
	marks: Uint8Array;
}

/** How an event's mark is drawn: its shape as a dot, its origin and how sure its date is. */
export const MARK = {
	/** Known set: this bit is always on once the flags are made. */
	known: 1,
	/** Added context (hollow); otherwise the article's claim (solid). */
	context: 2,
	approximate: 4,
	uncertain: 8,
	/** As a dot: a part of a day (narrow upright mark)… */
	part: 16,
	/** …a day (a dot); neither: a span (month, year, interval) drawn as a short bar. */
	day: 32
} as const;

/** Two events closer than this count as together: close dots need rows of their own. */
const TOGETHER = 2 * DAY;

/**
 * Most events at once in the lane, each widened to `TOGETHER` so close dots count as
 * together, up to `cap` (no lane gets more rows than that, so counting on is wasted).
 * `starts` must ascend, as a lane's do. One pass, without sorting or a copy: at each start,
 * the events still open are those that began before it and end at or after it, and whether
 * there are at least `cap − 1` of them is told by the `cap − 1` latest ends seen so far.
 */
export function laneDepth(starts: ArrayLike<number>, ends: ArrayLike<number>, cap: number): number {
	// The latest ends so far, latest first: at most cap − 1 of them.
	const latest: number[] = [];
	let best = 0;
	for (let i = 0; i < starts.length && best < cap; i++) {
		const start = starts[i]!;
		let open = 1;
		for (let j = 0; j < latest.length && latest[j]! >= start; j++) open++;
		if (open > best) best = open;
		const end = Math.max(ends[i]!, start + TOGETHER);
		let at = latest.length;
		while (at > 0 && latest[at - 1]! < end) at--;
		// Keep it among the latest, dropping the earliest when there are too many.
		if (at < cap - 1) {
			for (let m = Math.min(latest.length, cap - 2); m > at; m--) latest[m] = latest[m - 1]!;
			latest[at] = end;
		}
	}
	return Math.min(best, cap);
}

/**
 * `events` must be in time order (as `resolveStory` returns them). What only the events in
 * view need (labels, their widths, dates) is made when first asked for, not for the story.
 */
export function buildTimelineIndex(events: ResolvedEvent[], language: Language): TimelineIndex {
	// One pass over the events: reading `when` of many differently shaped objects is slow,
	// so starts and ends are copied once into typed arrays, and every lane reads those.
	const laneKeys = new Map<Lane, number[]>();
	const starts = new Float64Array(events.length);
	const ends = new Float64Array(events.length);
	let first = Infinity;
	let last = -Infinity;
	for (let key = 0; key < events.length; key++) {
		const { category, when } = events[key]!;
		const lane = laneOf(category);
		let keys = laneKeys.get(lane);
		if (!keys) laneKeys.set(lane, (keys = []));
		keys.push(key);
		const { start, end } = when;
		starts[key] = start;
		// An interval that runs on reaches every later view (layout draws it to the view's edge).
		ends[key] = when.open ? Infinity : end;
		if (start < first) first = start;
		if (end > last) last = end;
	}
	const lanes: LaneIndex[] = [];
	for (const lane of LANES) {
		const keys = laneKeys.get(lane);
		if (!keys) continue;
		const laneStarts = new Float64Array(keys.length);
		const laneEnds = new Float64Array(keys.length);
		let maxDuration = 0;
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i]!;
			laneStarts[i] = starts[key]!;
			laneEnds[i] = ends[key]!;
			maxDuration = Math.max(maxDuration, laneEnds[i]! - laneStarts[i]!);
		}
		lanes.push({
			lane,
			rows: Math.max(1, laneDepth(laneStarts, laneEnds, MAX_ROWS)),
			keys: Int32Array.from(keys),
			starts: laneStarts,
			ends: laneEnds,
			maxDuration
		});
	}
	return {
		events,
		lanes,
		labels: new Array(events.length),
		labelWidths: new Float32Array(events.length).fill(NaN),
		starts,
		extent: [first, last],
		language,
		dates: new Array(events.length),
		marks: new Uint8Array(events.length)
	};
}

/** The event's label; it says how sure the date is, not only the mark: "≈" approximate, "?" uncertain. */
export function labelOf(index: TimelineIndex, key: number): string {
	let label = index.labels[key];
	if (label === undefined) {
		// The mark's flags, made once per event and drawn from anyway, say how sure the date is.
		const flags = markOf(index, key);
		const title = localized(index.events[key]!.title, index.language);
		label = `${flags & MARK.approximate ? '≈ ' : ''}${title}${flags & MARK.uncertain ? ' ?' : ''}`;
		index.labels[key] = label;
	}
	return label;
}

/**
 * Width of the event's label, in whole pixels: measured once per label by `measure` (the
 * browser's text metrics), or estimated where there is no browser (prerendering).
 */
export function labelWidthOf(
	index: TimelineIndex,
	key: number,
	measure: (text: string) => number = estimateTextWidth
): number {
	if (index.widthsBy !== measure) {
		index.labelWidths.fill(NaN);
		index.widthsBy = measure;
	}
	let width = index.labelWidths[key]!;
	if (Number.isNaN(width)) index.labelWidths[key] = width = Math.ceil(measure(labelOf(index, key)));
	return width;
}

/** How the event's mark is drawn (`MARK` flags), made once per event. */
export function markOf(index: TimelineIndex, key: number): number {
	let flags = index.marks[key]!;
	if (flags === 0) {
		const { when, origin } = index.events[key]!;
		flags = MARK.known;
		if (origin === 'context') flags |= MARK.context;
		if (when.approximate) flags |= MARK.approximate;
		if (when.uncertain) flags |= MARK.uncertain;
		if (when.partOfDay || when.precision === 'time') flags |= MARK.part;
		else if (when.precision === 'day' && !when.interval) flags |= MARK.day;
		index.marks[key] = flags;
	}
	return flags;
}

/** Where the event is in its lane: the lane's index in `index.lanes` and its position there. */
export function placeOf(index: TimelineIndex, key: number): { lane: number; position: number } {
	for (let lane = 0; lane < index.lanes.length; lane++) {
		const { keys } = index.lanes[lane]!;
		// A lane's keys ascend: it takes the story's events in key order.
		const position = lowerBound(keys, key);
		if (keys[position] === key) return { lane, position };
	}
	return { lane: -1, position: -1 };
}

/** The key of the event with this id, or -1. */
export function keyOfId(index: TimelineIndex, id: string): number {
	if (!index.ids) {
		index.ids = new Map();
		for (let key = 0; key < index.events.length; key++) index.ids.set(index.events[key]!.id, key);
	}
	return index.ids.get(id) ?? -1;
}

/** "23 novembre 2023, matin" for an event: made once, as views ask for it on every frame. */
export function dateLabel(index: TimelineIndex, key: number): string {
	return (index.dates[key] ??= formatDate(index.events[key]!.when, index.language));
}
