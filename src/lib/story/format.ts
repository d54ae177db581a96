/**
 * Date labels that say what is known and no more: "23 novembre 2023, matin",
 * "novembre 2022", "vers 2022", "13–14 septembre 2022".
 */
import { messages, type Language } from '$lib/i18n';
import { zoneOffset } from './clock';
import type { ResolvedDate } from './dates';

const OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
};

/** The first millisecond of year 1: what starts before it is named with its era (501 av. J.-C.). */
export const YEAR_ONE = new Date(0).setUTCFullYear(1, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and views label many dates: one per language, precision and era. */
function formatter(language: Language, precision: ResolvedDate['precision'], era = false) {
	const key = precision === 'time' ? 'day' : precision;
	let format = formatters.get(`${language}:${key}:${era}`);
	if (!format) {
		format = new Intl.DateTimeFormat(
			language,
			era ? { ...OPTIONS[key], era: 'short' } : OPTIONS[key]
		);
		formatters.set(`${language}:${key}:${era}`, format);
	}
	return format;
}

/** A time at a precision, with its era when it is before year 1: "1993", "501 av. J.-C.". */
export function formatTime(
	time: number,
	precision: ResolvedDate['precision'],
	language: Language
): string {
	return formatter(language, precision, time < YEAR_ONE).format(new Date(time));
}

export function formatDate(date: ResolvedDate, language: Language): string {
	const t = messages[language];
	const format = formatter(language, date.precision, date.start < YEAR_ONE);
	// The end of a range is its last millisecond; its own day/month/year is what we name.
	let label = date.open
		? t.since(format.format(new Date(date.start)), date.precision)
		: date.interval
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
	// A part of day narrows `start` to its first hour, in the place's time; the day is the text's.
	const day = date.partOfDay && /^\d{4}-\d{2}-\d{2}/.exec(date.edtf)?.[0];
	if (day) return day;
	const iso = new Date(date.start).toISOString();
	// Before year 1, ISO's expanded years: "-000500-01-01" is written "-0500-01-01".
	return iso.startsWith('-') ? `-${iso.slice(3, 3 + length)}` : iso.slice(0, length);
}

/** A zone's offset at a time, as people write it: "UTC+3", "UTC+5:30", "UTC". */
export function offsetName(time: number, zone: string): string {
	const minutes = Math.round(zoneOffset(time, zone) / 60_000);
	if (minutes === 0) return 'UTC';
	const sign = minutes < 0 ? '−' : '+';
	const hours = Math.floor(Math.abs(minutes) / 60);
	const rest = Math.abs(minutes) % 60;
	return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
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
	// Times in the place's own clock when the part of day was read in it, else in UTC.
	const timeZone = withTime && date.timeZone ? date.timeZone : 'UTC';
	const format = new Intl.DateTimeFormat(language, {
		...RANGE_OPTIONS,
		...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
		...(date.start < YEAR_ONE ? { era: 'short' } : {}),
		timeZone
	});
	const start = new Date(date.start);
	const end = new Date(date.end);
	const label = date.open
		? `${format.format(start)} – …`
		: !withTime && date.end - date.start < 86_400_000
			? format.format(start)
			: format.formatRange(start, end);
	return withTime ? `${label} ${offsetName(date.start, timeZone)}` : label;
}

/** How precisely the date is known, in words: "partie du jour", "année, approximative". */
export function formatPrecision(date: ResolvedDate, language: Language): string {
	const t = messages[language];
	const names = t.precisionName;
	const parts = [date.partOfDay ? names.partOfDay : names[date.precision]];
	if (date.interval) parts.push(date.open ? names.openInterval : names.interval);
	if (date.approximate) parts.push(t.approximateDate);
	if (date.uncertain) parts.push(t.uncertainDate);
	return parts.join(', ');
}
