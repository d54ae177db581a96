/**
 * A generic CSV of events: a date column and a title column, found by their names in French
 * or English (`date`, `start`, `title`, `headline`, `titre`…), with optional end, summary,
 * category, group, URL and quote columns (a category or group that names one of the story's
 * categories is that category; any other group is kept as the event's group). Our own events.csv download (`src/lib/story/csv.ts`)
 * reads back with its EDTF dates, texts in the story's language, quotes and sources.
 * Dates are ISO 8601 / EDTF only: `23/11/2023` could be either day-month order and is
 * never guessed.
 */
import { parseEdtf } from '../../story/dates';
import { key } from '../../ingest/text';
import {
	draftStory,
	guarded,
	readText,
	type Entry,
	type ImportOptions,
	type Imported,
	type Lang
} from './draft';
import { fromSheetsCsv, parseCsv } from './sheets-csv';
import { htmlToText } from './html-text';

/** A header folded for matching: "Start Date" → "start_date", "Catégorie" → "categorie". */
const norm = (header: string) =>
	key(header)
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');

const COLUMNS = {
	id: ['id', 'unique_id'],
	date: [
		'date_edtf',
		'edtf',
		'date',
		'start_date',
		'start',
		'begin',
		'from',
		'when',
		'debut',
		'quand',
		'year',
		'annee'
	],
	end: ['end_date', 'end', 'to', 'until', 'fin', 'date_fin'],
	title: ['title', 'headline', 'event', 'name', 'titre', 'evenement', 'nom'],
	summary: ['summary', 'text', 'description', 'details', 'body', 'resume', 'texte'],
	category: ['category', 'type', 'categorie'],
	group: ['group', 'groupe', 'tag'],
	sources: ['outside_sources', 'url', 'link', 'source_url', 'source', 'lien'],
	media: ['media'],
	quotes: ['quotes', 'quote', 'citation', 'citations'],
	wording: ['date_wording'],
	partOfDay: ['part_of_day']
} as const;

/** One end of an ISO 8601 / EDTF date as a CSV writes it: a year, a month, a day, a time. */
const ISO_END =
	/^-?\d{1,4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?[?~%]?$/;

/** A date cell as EDTF at the precision it gives, or the problem with it. */
export function csvDateToEdtf(cell: string): { edtf: string } | { problem: string } {
	const ends = cell.trim().split('/');
	if (ends.length > 2 || !ends.every((end, i) => ISO_END.test(end) || (i === 1 && end === '..')))
		return {
			problem: `"${cell.slice(0, 40)}" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, an interval with /); other forms are not read, since 03/04/2023 could be either day-month order`
		};
	// Years written with fewer than four digits ("602") are padded, as EDTF wants.
	const edtf = ends
		.map((end) =>
			end
				.replace(' ', 'T')
				.replace(
					/^(-?)(\d{1,3})(?=$|-|[?~%])/,
					(_, sign: string, y: string) => `${sign}${y.padStart(4, '0')}`
				)
		)
		.join('/');
	try {
		parseEdtf(edtf);
	} catch (error) {
		return { problem: (error as Error).message };
	}
	return { edtf };
}

/**
 * A generic CSV of events (or our own events.csv, or a TimelineJS sheet, which it hands to
 * `fromSheetsCsv`) as a draft story. Never throws.
 */
export const fromEventsCsv = guarded(function fromEventsCsv(
	text: string,
	options: ImportOptions = {}
): Imported {
	const read = readText(text, 'CSV file');
	if ('problem' in read) return { ok: false, problems: [read.problem] };
	const csv = parseCsv(read.text, 'CSV file');
	if ('problem' in csv) return { ok: false, problems: [csv.problem] };
	const { headers, rows } = csv;
	const byName = new Map(headers.map((h) => [norm(h), h]));
	if (byName.has('year') && byName.has('headline') && byName.has('month'))
		return fromSheetsCsv(read.text, options);

	// Our events.csv has title_fr, title_en…: the story's language is the first given.
	const languages = headers
		.map((h) => /^title_(fr|en)$/.exec(norm(h))?.[1] as Lang | undefined)
		.filter((l): l is Lang => l !== undefined);
	const lang = options.lang ?? languages[0];
	const find = (names: readonly string[], localizedAs?: string) => {
		if (localizedAs && lang && byName.has(`${localizedAs}_${lang}`))
			return byName.get(`${localizedAs}_${lang}`);
		if (localizedAs && languages[0]) return byName.get(`${localizedAs}_${languages[0]}`);
		for (const name of names) if (byName.has(name)) return byName.get(name);
		return undefined;
	};
	const columns = {
		id: find(COLUMNS.id),
		date: find(COLUMNS.date),
		end: find(COLUMNS.end),
		title: find(COLUMNS.title, 'title'),
		summary: find(COLUMNS.summary, 'summary'),
		category: find(COLUMNS.category),
		group: find(COLUMNS.group),
		sources: find(COLUMNS.sources),
		media: find(COLUMNS.media),
		quotes: find(COLUMNS.quotes),
		wording: find(COLUMNS.wording),
		partOfDay: find(COLUMNS.partOfDay)
	};
	const found = headers.map((h) => `"${h}"`).join(', ');
	const problems: string[] = [];
	if (!columns.date)
		problems.push(
			`CSV file: no date column (rule: one named date, start, date_edtf, year…); found ${found}`
		);
	if (!columns.title && !columns.summary)
		problems.push(
			`CSV file: no title column (rule: one named title, headline, event, name, summary, description…); found ${found}`
		);
	if (problems.length > 0) return { ok: false, problems };

	const warnings = [...csv.warnings];
	const entries: Entry[] = [];
	const cell = (row: Record<string, string>, column: string | undefined) =>
		column ? (row[column] ?? '').trim() : '';
	rows.forEach((row, i) => {
		const where = `row ${i + 2}`;
		const dateCell = cell(row, columns.date);
		if (!dateCell) {
			warnings.push(
				`${where}, column "${columns.date}": no date; the row is skipped (a date is never guessed)`
			);
			return;
		}
		const start = csvDateToEdtf(dateCell);
		if ('problem' in start) {
			warnings.push(`${where}, column "${columns.date}": ${start.problem}; the row is skipped`);
			return;
		}
		let edtf = start.edtf;
		const endCell = cell(row, columns.end);
		if (endCell && !edtf.includes('/')) {
			const end = csvDateToEdtf(endCell);
			if ('problem' in end || end.edtf.includes('/')) {
				warnings.push(
					`${where}, column "${columns.end}": ${'problem' in end ? end.problem : 'an end date cannot be an interval'}; the row is skipped`
				);
				return;
			}
			if (parseEdtf(end.edtf).end < parseEdtf(edtf).start) {
				warnings.push(
					`${where}, column "${columns.end}": ends (${end.edtf}) before it starts (${edtf}); the row is skipped`
				);
				return;
			}
			edtf = `${edtf}/${end.edtf}`;
			try {
				parseEdtf(edtf);
			} catch (error) {
				warnings.push(
					`${where}, column "${columns.end}": ${(error as Error).message}; the row is skipped`
				);
				return;
			}
		}
		// A part of day is read in the local time of the event's place, and places are not
		// imported: the day is kept, the part of day is not.
		if (cell(row, columns.partOfDay))
			warnings.push(
				`${where}, column "${columns.partOfDay}": part of day "${cell(row, columns.partOfDay)}" not kept: it needs the event's place, which a CSV does not give; the day is kept`
			);
		const headline = htmlToText(cell(row, columns.title));
		const summary = htmlToText(cell(row, columns.summary));
		const wording = cell(row, columns.wording);
		const split = (value: string) =>
			value
				.split(' | ')
				.map((part) => part.trim())
				.filter(Boolean);
		const urls = split(cell(row, columns.sources)).filter((value) => {
			if (/^https?:\/\//i.test(value)) return true;
			warnings.push(
				`${where}, column "${columns.sources}": "${value.slice(0, 40)}" is not a URL; left out`
			);
			return false;
		});
		const media = cell(row, columns.media);
		entries.push({
			where,
			...(cell(row, columns.id) && { id: cell(row, columns.id) }),
			date: { edtf, ...(wording && { wording }) },
			headline,
			text: summary,
			...(cell(row, columns.category) && { category: cell(row, columns.category) }),
			...(cell(row, columns.group) && { group: cell(row, columns.group) }),
			...(media && { media: { url: media } }),
			quotes: split(cell(row, columns.quotes)),
			sources: urls
		});
	});
	return draftStory({ format: 'CSV', entries, warnings }, { ...options, ...(lang && { lang }) });
});
