/**
 * What the timeline's parts share, by context rather than props: the lanes and the axis are
 * painters of the scene, and read here the little else they need.
 */
import { getContext, setContext } from 'svelte';
import type { Messages } from '$lib/i18n';

export interface TimelineContext {
	/** Prefix for the ids of the SVG's definitions (gradients, clip). */
	readonly uid: string;
	readonly t: Messages;
	/** The SVG's marks and ticks are out of date while the view moves: the canvas draws them. */
	readonly held: boolean;
	/** An event's page. */
	href(key: number): string;
	/** An event's name for assistive technology: its label and its date. */
	name(key: number): string;
	formatCount(count: number): string;
}

const KEY = Symbol('timeline');

export const setTimelineContext = (context: TimelineContext): TimelineContext =>
	setContext(KEY, context);

export const timelineContext = (): TimelineContext => getContext<TimelineContext>(KEY);
