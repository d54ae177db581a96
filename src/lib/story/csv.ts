/**
 * The events of a story as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled; UTF-8), safe to open in
 * a spreadsheet.
 */
import { isLanguage } from '$lib/i18n';
import { formatDate } from './format';
import type { ResolvedStory } from './resolve';

/**
 * What a spreadsheet may run as a formula when a cell starts with it (OWASP, "CSV
 * Injection"): `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. A string that a spreadsheet would run as a formula gets a single quote in
 * front and is quoted, as OWASP recommends, so that it opens as the text it is.
 *
 * Deliberately, every such string is neutralised, even one that only looks like a negative
 * number or a date before year 1 (EDTF `-0501`, ISO `-000501-01-01T…`): the CSV's columns
 * are text, and without the quote a spreadsheet would also turn `-0501` into the number
 * -501 and lose the date. A number passed as a number is written as it is (`-3`): digits
 * cannot hold a formula.
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number') return String(value);
	if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: (string | number)[][]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per event; several values in one field are separated by " | ". */
export function eventsCsv(story: ResolvedStory): string {
	const languages = [...new Set([story.language, 'en'])];
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	const header = [
		'id',
		'date_edtf',
		'part_of_day',
		'date_wording',
		// The date in words, era included before year 1: "501 av. J.-C.", "since February 22, 2024".
		...languages.map((l) => `date_${l}`),
		'start_utc',
		'end_utc',
		'precision',
		'category',
		'group',
		'origin',
		...languages.map((l) => `title_${l}`),
		...languages.map((l) => `summary_${l}`),
		'places',
		'actors',
		'quotes',
		'outside_sources'
	];
	const rows = story.events.map((event) => [
		event.id,
		event.date.edtf,
		event.date.partOfDay ?? '',
		event.date.wording ?? '',
		...languages.map((l) => (isLanguage(l) ? formatDate(event.when, l) : '')),
		new Date(event.when.start).toISOString(),
		// An interval that runs on has no end yet: EDTF's "..".
		event.when.open ? '..' : new Date(event.when.end).toISOString(),
		event.when.precision,
		event.category,
		event.group ?? '',
		event.origin,
		...languages.map((l) => event.title[l] ?? ''),
		...languages.map((l) => event.summary[l] ?? ''),
		event.places.join(' | '),
		event.actors.join(' | '),
		event.provenance.flatMap((p) => ('quote' in p ? [p.quote] : [])).join(' | '),
		event.provenance
			.flatMap((p) => ('source' in p ? [sources.get(p.source)?.url ?? p.source] : []))
			.join(' | ')
	]);
	return toCsv([header, ...rows]);
}
