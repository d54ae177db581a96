/**
 * The timeline's index of a story, built once: per lane, events sorted by start in typed
 * arrays, so that what is in view is found by binary search, never by a scan of the story.
 */
import { localized, type Language } from '$lib/i18n';
import { formatDate } from '$lib/story/format';
import type { ResolvedEvent } from '$lib/story/resolve';
import { LANES, laneOf, type Lane } from './lanes';
import { estimateTextWidth } from './layout';
import { lowerBound, upperBound } from './search';

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
	labels: string[];
	labelWidths: Float32Array;
	keyOf: Map<string, number>;
	/** Every event's start, in key (time) order. */
	starts: Float64Array;
	/** First and last moment of any event. */
	extent: [number, number];
	language: Language;
	/** Date labels, made when first asked for (see `dateLabel`). */
	dates: (string | undefined)[];
}

/** Most events at once in the lane, each widened by two days so close dots count as together. */
function depth(starts: Float64Array, ends: Float64Array): number {
	const opens = Array.from(starts).sort((a, b) => a - b);
	const closes = Array.from(ends, (end, i) => Math.max(end, starts[i]! + 2 * DAY)).sort(
		(a, b) => a - b
	);
	let best = 0;
	let open = 0;
	for (let i = 0, j = 0; i < opens.length;) {
		if (opens[i]! <= closes[j]!) {
			open++;
			i++;
			best = Math.max(best, open);
		} else {
			open--;
			j++;
		}
	}
	return best;
}

/** `events` must be in time order (as `resolveStory` returns them). */
export function buildTimelineIndex(events: ResolvedEvent[], language: Language): TimelineIndex {
	// The label says how sure the date is, not only the mark: "≈" approximate, "?" uncertain.
	const labels = events.map(
		({ title, when }) =>
			`${when.approximate ? '≈ ' : ''}${localized(title, language)}${when.uncertain ? ' ?' : ''}`
	);
	const labelWidths = Float32Array.from(labels, (label) => estimateTextWidth(label));
	const perLane = new Map<Lane, number[]>();
	events.forEach((event, key) => {
		const lane = laneOf(event.category);
		let keys = perLane.get(lane);
		if (!keys) perLane.set(lane, (keys = []));
		keys.push(key);
	});
	const lanes: LaneIndex[] = [];
	for (const lane of LANES) {
		const keys = perLane.get(lane);
		if (!keys) continue;
		const starts = Float64Array.from(keys, (key) => events[key]!.when.start);
		const ends = Float64Array.from(keys, (key) => events[key]!.when.end);
		let maxDuration = 0;
		for (let i = 0; i < keys.length; i++)
			maxDuration = Math.max(maxDuration, ends[i]! - starts[i]!);
		lanes.push({
			lane,
			rows: Math.min(MAX_ROWS, Math.max(1, depth(starts, ends))),
			keys: Int32Array.from(keys),
			starts,
			ends,
			maxDuration
		});
	}
	let first = Infinity;
	let last = -Infinity;
	for (const event of events) {
		first = Math.min(first, event.when.start);
		last = Math.max(last, event.when.end);
	}
	return {
		events,
		lanes,
		labels,
		labelWidths,
		keyOf: new Map(events.map((event, key) => [event.id, key])),
		starts: Float64Array.from(events, (event) => event.when.start),
		extent: [first, last],
		language,
		dates: new Array(events.length)
	};
}

/** "23 novembre 2023, matin" for an event: made once, as views ask for it on every frame. */
export function dateLabel(index: TimelineIndex, key: number): string {
	return (index.dates[key] ??= formatDate(index.events[key]!.when, index.language));
}

/** Keys of the lane's events that overlap [from, to], in start order. */
export function keysInWindow(lane: LaneIndex, from: number, to: number): number[] {
	const low = lowerBound(lane.starts, from - lane.maxDuration);
	const high = upperBound(lane.starts, to);
	const keys: number[] = [];
	for (let i = low; i < high; i++) if (lane.ends[i]! >= from) keys.push(lane.keys[i]!);
	return keys;
}
