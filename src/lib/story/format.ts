/**
 * Date labels that say what is known and no more: "23 novembre 2023, matin",
 * "novembre 2022", "vers 2022", "13–14 septembre 2022".
 */
import { messages, type Language } from '$lib/i18n';
import type { ResolvedDate } from './dates';

const OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and views label many dates: one per language and precision. */
function formatter(language: Language, precision: ResolvedDate['precision']) {
	const key = precision === 'time' ? 'day' : precision;
	let format = formatters.get(`${language}:${key}`);
	if (!format) {
		format = new Intl.DateTimeFormat(language, OPTIONS[key]);
		formatters.set(`${language}:${key}`, format);
	}
	return format;
}

export function formatDate(date: ResolvedDate, language: Language): string {
	const t = messages[language];
	const format = formatter(language, date.precision);
	// The end of a range is its last millisecond; its own day/month/year is what we name.
	let label = date.interval
		? format.formatRange(new Date(date.start), new Date(date.end))
		: format.format(new Date(date.start));
	if (date.partOfDay) label = `${label}, ${t.partOfDay[date.partOfDay]}`;
	if (date.approximate) label = `${t.approximately} ${label}`;
	if (date.uncertain) label = `${label} (${t.uncertain})`;
	return label;
}

/** The machine-readable value for `<time datetime>`: the EDTF start, at its own precision. */
export function isoDatetime(date: ResolvedDate): string {
	const length = { year: 4, month: 7, day: 10, time: 16 }[date.precision];
	// A part of day narrows `start` to its first hour; the known date is still the day.
	return new Date(date.start).toISOString().slice(0, length);
}

const RANGE_OPTIONS: Intl.DateTimeFormatOptions = {
	year: 'numeric',
	month: 'short',
	day: 'numeric',
	timeZone: 'UTC'
};

/**
 * The range a date was resolved to, to the minute when a part of day narrows it:
 * "23 nov. 2023, 06:00 – 11:59 UTC", "1 janv. – 31 déc. 1993".
 */
export function formatResolvedRange(date: ResolvedDate, language: Language): string {
	const withTime = date.partOfDay !== undefined || date.precision === 'time';
	const format = new Intl.DateTimeFormat(
		language,
		withTime ? { ...RANGE_OPTIONS, hour: '2-digit', minute: '2-digit' } : RANGE_OPTIONS
	);
	const start = new Date(date.start);
	const end = new Date(date.end);
	const label =
		!withTime && date.end - date.start < 86_400_000
			? format.format(start)
			: format.formatRange(start, end);
	return withTime ? `${label} UTC` : label;
}

/** How precisely the date is known, in words: "partie du jour", "année, approximative". */
export function formatPrecision(date: ResolvedDate, language: Language): string {
	const t = messages[language];
	const names = t.precisionName;
	const parts = [date.partOfDay ? names.partOfDay : names[date.precision]];
	if (date.interval) parts.push(names.interval);
	if (date.approximate) parts.push(t.approximateDate);
	if (date.uncertain) parts.push(t.uncertainDate);
	return parts.join(', ');
}
