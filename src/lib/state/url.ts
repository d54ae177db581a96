/**
 * The explorer's view as URL search parameters, so that a link restores it exactly.
 * Parsing never throws: an unknown parameter or a malformed value is ignored and its
 * default kept, so a hand-edited or truncated link still opens a sensible view.
 */
import { EVENT_CATEGORIES, type EventCategory } from '$lib/story/categories';
import { selectableStates } from '$lib/story/membership';
import type { Origin, ResolvedStory } from '$lib/story/resolve';

export interface ViewState {
	/** Selected event id. */
	event?: string;
	/** Selected state, ISO 3166-1 alpha-3. */
	country?: string;
	/** The map's date, UTC ms at midnight. */
	date?: number;
	/** The timeline's visible window, UTC ms. */
	window?: [number, number];
	categories: EventCategory[];
	countries: string[];
	origins: Origin[];
}

/** What exists in the story, so that a parameter naming anything else is ignored. */
export interface Known {
	events: ReadonlySet<string>;
	countries: ReadonlySet<string>;
}

/** What a story's links may name: its events, and the states a reader can select. */
export function knownOf(
	story: Pick<ResolvedStory, 'events' | 'places' | 'memberships' | 'attendance'>
): Known {
	return {
		events: new Set(story.events.map((event) => event.id)),
		countries: new Set(selectableStates(story))
	};
}

export const EMPTY_VIEW: ViewState = { categories: [], countries: [], origins: [] };

const ORIGINS: readonly Origin[] = ['article', 'context'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** UTC ms at midnight of a day; unlike `Date.UTC`, years 0–99 are those years, not 1900–1999. */
function utcDay(year: number, monthIndex: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

/**
 * The days a link can hold: years 1 to 9999, the years `YYYY-MM-DD` writes in four digits
 * (the ISO form of any other, `-000501-…` or `+010000-…`, would not read back).
 */
export const FIRST_DAY = utcDay(1, 0, 1);
export const LAST_DAY = utcDay(9999, 11, 31);

/** `YYYY-MM-DD` to UTC ms, or undefined when it is not a real calendar day of years 1–9999. */
export function parseDay(text: string | null): number | undefined {
	const match = text ? DAY.exec(text) : null;
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = utcDay(year, month - 1, day);
	const check = new Date(time);
	if (
		year < 1 ||
		check.getUTCFullYear() !== year ||
		check.getUTCMonth() !== month - 1 ||
		check.getUTCDate() !== day
	) {
		return undefined;
	}
	return time;
}

/** The day a time falls on, as `YYYY-MM-DD` (a form `parseDay` reads for years 1–9999 only). */
export function formatDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** The day a time falls on, for a link: undefined outside years 1–9999, which would not read back. */
export function linkDay(time: number): string | undefined {
	return time >= FIRST_DAY && time < LAST_DAY + DAY_MS ? formatDay(time) : undefined;
}

/**
 * A window as whole days, `YYYY-MM-DD..YYYY-MM-DD`: its start rounded down and its end up,
 * so that what is written still holds the whole window and a window within one day still
 * reads back as one that ends after it starts. Undefined when it does not fit years 1–9999.
 */
export function formatWindow([start, end]: [number, number]): string | undefined {
	if (!(start < end)) return undefined;
	const from = linkDay(Math.floor(start / DAY_MS) * DAY_MS);
	const to = linkDay(Math.ceil(end / DAY_MS) * DAY_MS);
	return from && to ? `${from}..${to}` : undefined;
}

/** `a..b`, two days in order; anything else (one day, three, the wrong order) is no window. */
function parseWindow(text: string | null): [number, number] | undefined {
	const parts = (text ?? '').split('..');
	if (parts.length !== 2) return undefined;
	const [from, to] = parts.map(parseDay);
	return from !== undefined && to !== undefined && from < to ? [from, to] : undefined;
}

function list<T extends string>(text: string | null, allowed: (value: string) => value is T): T[] {
	if (!text) return [];
	return [...new Set(text.split(',').filter(allowed))];
}

export function parseViewState(params: URLSearchParams, known: Known): ViewState {
	const event = params.get('event') ?? undefined;
	const country = params.get('country') ?? undefined;
	return {
		event: event && known.events.has(event) ? event : undefined,
		country: country && known.countries.has(country) ? country : undefined,
		date: parseDay(params.get('date')),
		window: parseWindow(params.get('window')),
		categories: list(params.get('category'), (c): c is EventCategory =>
			(EVENT_CATEGORIES as readonly string[]).includes(c)
		),
		countries: list(params.get('countries'), (c): c is string => known.countries.has(c)),
		origins: list(params.get('origin'), (o): o is Origin =>
			(ORIGINS as readonly string[]).includes(o)
		)
	};
}

/**
 * Only what differs from the default view is written, in a fixed order, so links stay short
 * and stable; and only what `parseViewState` reads back (a date or window outside years
 * 1–9999 is left out).
 */
export function serializeViewState(view: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (view.event) params.set('event', view.event);
	if (view.country) params.set('country', view.country);
	const date = view.date === undefined ? undefined : linkDay(view.date);
	if (date) params.set('date', date);
	const window = view.window && formatWindow(view.window);
	if (window) params.set('window', window);
	if (view.categories.length > 0) params.set('category', view.categories.join(','));
	if (view.countries.length > 0) params.set('countries', view.countries.join(','));
	if (view.origins.length > 0) params.set('origin', view.origins.join(','));
	return params;
}
