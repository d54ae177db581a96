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
const DAY = /^(-?\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` to UTC ms, or undefined when it is not a real calendar day. */
export function parseDay(text: string | null): number | undefined {
	const match = text ? DAY.exec(text) : null;
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	const check = new Date(time);
	if (
		check.getUTCFullYear() !== year ||
		check.getUTCMonth() !== month - 1 ||
		check.getUTCDate() !== day
	) {
		return undefined;
	}
	return time;
}

export function formatDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

function list<T extends string>(text: string | null, allowed: (value: string) => value is T): T[] {
	if (!text) return [];
	return [...new Set(text.split(',').filter(allowed))];
}

export function parseViewState(params: URLSearchParams, known: Known): ViewState {
	const event = params.get('event') ?? undefined;
	const country = params.get('country') ?? undefined;
	const [from, to] = (params.get('window') ?? '').split('..').map(parseDay);
	return {
		event: event && known.events.has(event) ? event : undefined,
		country: country && known.countries.has(country) ? country : undefined,
		date: parseDay(params.get('date')),
		window: from !== undefined && to !== undefined && from < to ? [from, to] : undefined,
		categories: list(params.get('category'), (c): c is EventCategory =>
			(EVENT_CATEGORIES as readonly string[]).includes(c)
		),
		countries: list(params.get('countries'), (c): c is string => known.countries.has(c)),
		origins: list(params.get('origin'), (o): o is Origin =>
			(ORIGINS as readonly string[]).includes(o)
		)
	};
}

/** Only what differs from the default view is written, in a fixed order, so links stay short and stable. */
export function serializeViewState(view: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (view.event) params.set('event', view.event);
	if (view.country) params.set('country', view.country);
	if (view.date !== undefined) params.set('date', formatDay(view.date));
	if (view.window)
		params.set('window', `${formatDay(view.window[0])}..${formatDay(view.window[1])}`);
	if (view.categories.length > 0) params.set('category', view.categories.join(','));
	if (view.countries.length > 0) params.set('countries', view.countries.join(','));
	if (view.origins.length > 0) params.set('origin', view.origins.join(','));
	return params;
}
