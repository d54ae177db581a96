/**
 * The TimelineJS Google-Sheets template, exported as CSV (File → Download → CSV): one row
 * per slide with Year, Month, Day, Time, End Year…, Headline, Text, Media, Group, Type. Each
 * row becomes the TimelineJS slide the template makes of it, then an event as from JSON.
 */
import Papa from 'papaparse';
import { collectTimeline, type TimelineDate, type TimelineSlide } from './timelinejs';
import { draftStory, guarded, readText, type ImportOptions, type Imported } from './draft';

/** Cells that start with a quote before a formula character were written safe by a spreadsheet export: the quote is not data. */
export function unquoteCell(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A CSV's rows as objects keyed by header, or the problem with it. */
export function parseCsv(
	text: string,
	what: string
): { headers: string[]; rows: Record<string, string>[]; warnings: string[] } | { problem: string } {
	const parsed = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim()
	});
	const warnings: string[] = [];
	for (const error of parsed.errors) {
		// A row number here is the spreadsheet's: the header is row 1.
		const row = error.row === undefined ? '' : `row ${error.row + 2}: `;
		if (error.type === 'Quotes') {
			// A quote left open swallows the rows after it: the line it opens on is the place.
			const line = text.slice(0, error.index ?? 0).split('\n').length;
			return { problem: `${what}: line ${line}: ${error.message} (rule: RFC 4180 quoting)` };
		}
		if (error.code !== 'UndetectableDelimiter') warnings.push(`${row}${error.message}`);
	}
	const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
	if (headers.length === 0) return { problem: `${what}: no header row` };
	const rows = parsed.data.map((row) =>
		Object.fromEntries(
			Object.entries(row).map(([k, value]) => [
				k,
				typeof value === 'string' ? unquoteCell(value.trim()) : ''
			])
		)
	);
	return { headers, rows, warnings };
}

/** "10:30", "10:30:15", "3:05 PM", "1030": the template's Time column, as TimelineJS reads it. */
function parseTime(time: string, where: string): Partial<TimelineDate> | { problem: string } {
	const match =
		/^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m\.?$|^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?$/i.exec(
			time.trim()
		);
	if (!match) return { problem: `${where}: "${time}" is not a time such as 14:30 or 2:30 PM` };
	const period = match[4]?.toLowerCase();
	let hour = Number(match[1] ?? match[5]);
	if (period === 'p' && hour !== 12) hour += 12;
	if (period === 'a' && hour === 12) hour = 0;
	const minute = match[2] ?? match[6];
	const second = match[3] ?? match[7];
	return { hour, minute: minute ?? 0, ...(second !== undefined && { second }) };
}

/** The template's column for a TimelineJS date or media field. */
const SHEET_COLUMN: Record<string, string> = {
	'start_date.year': 'Year',
	'start_date.month': 'Month',
	'start_date.day': 'Day',
	'start_date.hour': 'Time',
	'start_date.minute': 'Time',
	'start_date.second': 'Time',
	'end_date.': 'End Year',
	'end_date.year': 'End Year',
	'end_date.month': 'End Month',
	'end_date.day': 'End Day',
	'end_date.hour': 'End Time',
	'end_date.minute': 'End Time',
	'end_date.second': 'End Time',
	'media.url': 'Media'
};

/** Column names as the template writes them, found whatever their case. */
function column(headers: string[], name: string): string | undefined {
	return headers.find((h) => h.toLowerCase() === name.toLowerCase());
}

/**
 * A TimelineJS Google-Sheets CSV as a draft story. Never throws: a CSV without the
 * template's Year and Headline columns, empty or binary gives the problems.
 */
export const fromSheetsCsv = guarded(function fromSheetsCsv(
	text: string,
	options: ImportOptions = {}
): Imported {
	const read = readText(text, 'CSV file');
	if ('problem' in read) return { ok: false, problems: [read.problem] };
	const csv = parseCsv(read.text, 'CSV file');
	if ('problem' in csv) return { ok: false, problems: [csv.problem] };
	const { headers, rows } = csv;
	const col = (name: string) => column(headers, name);
	const problems: string[] = [];
	if (!col('Year') && !col('Start Date'))
		problems.push(
			`CSV file: no "Year" column (rule: the TimelineJS sheet template dates each row in Year, Month, Day, Time); found ${headers.map((h) => `"${h}"`).join(', ')}`
		);
	if (!col('Headline') && !col('Text'))
		problems.push(
			`CSV file: no "Headline" or "Text" column (rule: the TimelineJS sheet template names each row in Headline)`
		);
	if (problems.length > 0) return { ok: false, problems };
	if (col('Start Date') && !col('Year'))
		return {
			ok: false,
			problems: [
				'CSV file: a "Start Date" column is the first TimelineJS sheet template, whose free-text dates cannot be read without guessing; use the current template (Year, Month, Day) or a generic CSV with ISO dates'
			]
		};

	const warnings = [...csv.warnings];
	const cell = (row: Record<string, string>, name: string) => {
		const key = col(name);
		return key ? (row[key] ?? '') : '';
	};
	let title: TimelineSlide | undefined;
	const events: TimelineSlide[] = [];
	const rowOf: number[] = [];
	rows.forEach((row, i) => {
		const where = `row ${i + 2}`;
		const type = cell(row, 'Type').toLowerCase();
		const slide: TimelineSlide = {
			text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
			...(cell(row, 'Display Date') && { display_date: cell(row, 'Display Date') }),
			...(cell(row, 'Group') || cell(row, 'Tag')
				? { group: cell(row, 'Group') || cell(row, 'Tag') }
				: {}),
			...(cell(row, 'Media') && {
				media: {
					url: cell(row, 'Media'),
					caption: cell(row, 'Media Caption'),
					credit: cell(row, 'Media Credit')
				}
			})
		};
		if (type === 'title') {
			if (title) warnings.push(`${where}: a second title row; the first is kept`);
			else title = slide;
			return;
		}
		if (type === 'era') {
			warnings.push(`${where}: era not kept: a story has no place for eras`);
			return;
		}
		const date = (prefix: '' | 'End ', field: 'start_date' | 'end_date'): boolean => {
			const year = cell(row, `${prefix}Year`);
			const time = cell(row, `${prefix}Time`);
			if (!year) {
				if (time) {
					warnings.push(
						`${where}, column "${prefix}Time": a time without a year; the row is skipped`
					);
					return false;
				}
				return true;
			}
			const value: TimelineDate = {
				year,
				month: cell(row, `${prefix}Month`),
				day: cell(row, `${prefix}Day`)
			};
			if (time) {
				const parsed = parseTime(time, `${where}, column "${prefix}Time"`);
				if ('problem' in parsed) {
					warnings.push(`${parsed.problem}; the row is skipped`);
					return false;
				}
				Object.assign(value, parsed);
			}
			slide[field] = value;
			return true;
		};
		if (!date('', 'start_date') || !date('End ', 'end_date')) return;
		events.push(slide);
		rowOf.push(i + 2);
	});
	if (events.length === 0)
		return {
			ok: false,
			problems: [
				'CSV file: no row besides the title and eras: there is nothing to import',
				...warnings
			]
		};
	const collected = collectTimeline(
		{ ...(title && { title }), events },
		(i) => `row ${rowOf[i]}`,
		'TimelineJS (Google Sheets)'
	);
	if ('problems' in collected) return { ok: false, problems: collected.problems };
	// "row 3.start_date.month" is "row 3, column "Month"" in the sheet's own words.
	const named = collected.warnings.map((warning) =>
		warning.replace(
			/^(row \d+)\.(start_date|end_date|media)\.?([a-z]*)/,
			(whole, row: string, field: string, part: string) => {
				const name = SHEET_COLUMN[`${field}.${part}`];
				return name ? `${row}, column "${name}"` : whole;
			}
		)
	);
	collected.warnings = [...warnings, ...named];
	return draftStory(collected, options);
});
