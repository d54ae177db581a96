/**
 * What the map shows on a date, as plain data: each selectable state with its status,
 * label and accessible name, and the places of events. Pure, for the map, its panel and
 * its text alternative alike.
 */
import { localized, messages, statusPhrase, statusTag, type Language } from '$lib/i18n';
import {
	membershipStatus,
	selectableStates,
	summitOf,
	type StateStatus
} from '$lib/story/membership';
import type { ResolvedMembership, ResolvedStory } from '$lib/story/resolve';
import type { MapPlace, MapState } from './types';

export type MapStory = Pick<
	ResolvedStory,
	'memberships' | 'attendance' | 'events' | 'organisation' | 'places'
>;

export interface StateView extends MapState, StateStatus {
	/** The status in words: "membre, absente du sommet de Minsk". */
	phrase: string;
}

/** The name of a state in the story's places, else its code. */
export function stateName(story: MapStory, iso3: string, language: Language): string {
	const place = story.places.find((p) => p.kind === 'country' && p.iso3 === iso3);
	return place ? localized(place.name, language) : iso3;
}

/** The city where the summit was held, as the dataset names it. */
export function summitPlace(story: MapStory, language: Language): string | undefined {
	const summit = summitOf(story);
	const city = story.places.find(
		(place) => place.kind !== 'country' && summit?.places.includes(place.id)
	);
	return city ? localized(city.name, language) : undefined;
}

/** Every state the reader can select (members, former members, country places), in name order. */
export function stateViews(story: MapStory, date: number, language: Language): StateView[] {
	const where = summitPlace(story, language);
	return selectableStates(story)
		.map((iso3) => {
			const status = membershipStatus(iso3, date, story);
			const name = stateName(story, iso3, language);
			const phrase = statusPhrase(status.status, language, { name, summitPlace: where });
			return {
				...status,
				iso3,
				name,
				phrase,
				tag: statusTag(status.status, language, name),
				accessibleName: `${name} — ${phrase}`
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Cities and sites that are the place of at least one event. */
export function eventPlaces(story: MapStory, language: Language): MapPlace[] {
	const used = new Set(story.events.flatMap((event) => event.places));
	return story.places.flatMap((place) =>
		place.kind !== 'country' && used.has(place.id)
			? [
					{
						id: place.id,
						name: localized(place.name, language),
						country: place.country,
						lat: place.coordinates.lat,
						lon: place.coordinates.lon
					}
				]
			: []
	);
}

/** A day (UTC ms) as a date label: "23 novembre 2023". */
export function formatDay(date: number, language: Language): string {
	return new Intl.DateTimeFormat(language, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(date));
}

/** A day (UTC ms) as the value of an `<input type="date">`. */
/** A day (UTC ms) as `YYYY-MM-DD`: the same form as the `date` URL parameter. */
export { formatDay as isoDay } from '$lib/state/url';

/** How precisely a membership date is written: `1993`, `1992-05`, `1992-05-15`. */
function edtfPrecision(edtf: string): 'year' | 'month' | 'day' {
	return /^-?\d{4}-\d{2}-\d{2}/.test(edtf) ? 'day' : /^-?\d{4}-\d{2}/.test(edtf) ? 'month' : 'year';
}

/** A membership's dates at their own precision: "1993", "mai 1992", "15 mai 1992". */
export function formatEdtfDay(edtf: string, start: number, language: Language): string {
	const precision = edtfPrecision(edtf);
	const options: Intl.DateTimeFormatOptions =
		precision === 'day'
			? { day: 'numeric', month: 'long', year: 'numeric' }
			: precision === 'month'
				? { month: 'long', year: 'numeric' }
				: { year: 'numeric' };
	return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(start));
}

/** A dated interval, open or closed: what a membership or a phase of one spans. */
export interface DatedInterval {
	from: string;
	to?: string;
	start: number;
	end?: number;
}

/** "depuis le 22 février 2024", "15 mai 1992 – 2 avril 1999". */
export function formatInterval(interval: DatedInterval, language: Language): string {
	const from = formatEdtfDay(interval.from, interval.start, language);
	if (interval.to === undefined || interval.end === undefined)
		return messages[language].since(from, edtfPrecision(interval.from));
	return `${from} – ${formatEdtfDay(interval.to, interval.end, language)}`;
}

/** A membership interval in words, with how it ended and its phases: "depuis le 15 mai 1992 ; participation gelée depuis le 22 février 2024". */
export function membershipLines(membership: ResolvedMembership, language: Language): string[] {
	const t = messages[language];
	const span = formatInterval(membership, language);
	const ended = membership.ended ? ` (${t.map.ended[membership.ended]})` : '';
	return [
		`${span}${ended}`,
		...(membership.phases ?? []).map(
			(phase) => `${statusTag(phase.status, language, '')} ${formatInterval(phase, language)}`
		)
	];
}
