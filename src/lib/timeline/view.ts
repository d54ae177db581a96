/** The time window the timeline opens on, and how far it zooms. */
import type { ResolvedStory } from '$lib/story/resolve';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Width the timeline is drawn at before the browser measures it (prerendered HTML). */
export const DEFAULT_WIDTH = 960;
/** The closest zoom shows this much time across the view: a part of a day. */
export const CLOSEST_SPAN = 4 * 3_600_000;

export type TimeWindow = [start: number, end: number];

/**
 * The summit and what surrounds it: from the earliest event in the year before the summit
 * to a few days after it. A story without a summit opens on all its events.
 */
export function defaultWindow(
	story: Pick<ResolvedStory, 'events' | 'organisation'>,
	all: TimeWindow = dataWindow(story.events)
): TimeWindow {
	const id = story.organisation?.summit;
	const summit = id ? story.events.find((event) => event.id === id) : undefined;
	if (!summit) return all;
	const from = summit.when.start - YEAR - DAY;
	let start = summit.when.start;
	for (const event of story.events) {
		if (event.when.start >= from) start = Math.min(start, event.when.start);
	}
	const end = summit.when.end;
	const pad = Math.max((end - start) * 0.025, 3 * DAY);
	return [start - pad, end + pad];
}

/** Every event with a margin on both sides. */
export function dataWindow(events: Pick<ResolvedStory['events'][number], 'when'>[]): TimeWindow {
	let start = Infinity;
	let end = -Infinity;
	for (const event of events) {
		start = Math.min(start, event.when.start);
		end = Math.max(end, event.when.end);
	}
	return paddedWindow([start, end]);
}

/** The first and last moment of the events (±Infinity when none) with a margin on both sides. */
export function paddedWindow([start, end]: [number, number]): TimeWindow {
	if (!Number.isFinite(start)) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
	const pad = Math.max((end - start) * 0.03, 7 * DAY);
	return [start - pad, end + pad];
}

/** Zoom factors relative to the default window: out to all events (or more), in to hours. */
export function zoomExtent(initial: TimeWindow, all: TimeWindow): [number, number] {
	const span = initial[1] - initial[0];
	const min = Math.min(1, span / ((all[1] - all[0]) * 1.5));
	return [min, span / CLOSEST_SPAN];
}
