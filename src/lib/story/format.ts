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

function formatter(language: Language, precision: ResolvedDate['precision']) {
	return new Intl.DateTimeFormat(language, OPTIONS[precision === 'time' ? 'day' : precision]);
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
