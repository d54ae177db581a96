import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../story/schema';
import { validateStory } from '../../story/validate';
import { csvDateToEdtf, fromEventsCsv } from './events-csv';
import { fromSheetsCsv } from './sheets-csv';
import { storyEventsCsv } from './publish';
import { PUBLISHED, accepted, essentials, timelineJsFile } from './test-helpers';

const csv = (rows: string[][]) => Papa.unparse(rows);

describe('csvDateToEdtf reads ISO 8601 and EDTF at the precision written, and nothing else', () => {
	it.each([
		['2023', '2023'],
		['2023-11', '2023-11'],
		['2023-11-23', '2023-11-23'],
		['2023-11-23 10:30', '2023-11-23T10:30'],
		['2023-11-23T10:30:00Z', '2023-11-23T10:30:00Z'],
		['602', '0602'],
		['-500', '-0500'],
		['1993?', '1993?'],
		['2022-09-13/2022-09-14', '2022-09-13/2022-09-14'],
		['2024-02-22/..', '2024-02-22/..']
	])('%s → %s', (cell, edtf) => {
		expect(csvDateToEdtf(cell)).toEqual({ edtf });
	});

	it.each([
		['23/11/2023', /could be either day-month order/],
		['Nov 23, 2023', /is not an ISO 8601 date/],
		['2023-13-01', /not a valid EDTF date/],
		['2023-02-30', /not a valid EDTF date/],
		['10000', /is not an ISO 8601 date/]
	])('%s is refused', (cell, problem) => {
		const result = csvDateToEdtf(cell);
		expect('problem' in result && result.problem).toMatch(problem);
	});
});

describe('a generic CSV of events', () => {
	const text = csv([
		['Date', 'End', 'Title', 'Description', 'Category', 'URL'],
		[
			'2023-11-23',
			'',
			'Summit in Minsk',
			'Leaders of the alliance meet in Minsk.',
			'Summit',
			'https://www.odkb-csto.org/'
		],
		['2023-11', '', 'Armenia stays away', 'Armenia does not attend the meeting.', 'Statements', ''],
		['1992', '1993', 'The treaty years', 'The treaty is signed, then ratified.', 'treaty', ''],
		['23/11/2023', '', 'Ambiguous day', 'A date in day-month order, or not.', '', ''],
		['', '', 'No date at all', 'A row without a date.', '', '']
	]);
	const result = accepted(fromEventsCsv(text, { published: PUBLISHED, lang: 'en', id: 'generic' }));

	it('keeps each dated row at its precision, with its category and its URL as a source', () => {
		expect(result.story.events.map((e) => [e.date.edtf, e.category, e.title.en])).toEqual([
			['2023-11-23', 'summit', 'Summit in Minsk'],
			['2023-11', 'statement', 'Armenia stays away'],
			['1992/1993', 'treaty', 'The treaty years']
		]);
		expect(result.story.sources.map((s) => s.url)).toEqual(['https://www.odkb-csto.org/']);
		expect(result.story.events[0]?.provenance).toContainEqual({
			source: result.story.sources[0]?.id
		});
	});

	it('skips rows whose date is missing or ambiguous, saying which and why', () => {
		expect(result.warnings).toContain(
			'row 6, column "Date": no date; the row is skipped (a date is never guessed)'
		);
		expect(result.warnings.find((w) => w.startsWith('row 5'))).toMatch(
			/"23\/11\/2023" is not an ISO 8601 date/
		);
	});

	describe('a category or group column', () => {
		const read = (header: string[], row: string[]) =>
			accepted(
				fromEventsCsv(
					csv([
						['Date', 'Title', 'Description', ...header],
						['2023-11-23', 'A treaty is signed', 'The summit in Minsk ends with a treaty.', ...row]
					]),
					{ published: PUBLISHED, lang: 'en' }
				)
			).story.events[0]!;
		// The category the event's own words give, with no column.
		const drafted = read([], []).category;

		it.each<[string, string, string, string | undefined, string | undefined]>([
			['a group naming a category', 'Group', 'Summits', 'summit', undefined],
			['a French group naming one', 'Groupe', 'Traités', 'treaty', undefined],
			['a group naming none', 'Group', 'Minsk 2023', undefined, 'Minsk 2023'],
			['a category naming none', 'Category', 'Minsk 2023', undefined, undefined]
		])('reads %s', (_, column, value, category, group) => {
			const event = read([column], [value]);
			expect(event.category).toBe(category ?? drafted);
			expect(event.group).toBe(group);
		});
	});

	it('reads French headers', () => {
		const french = accepted(
			fromEventsCsv(
				csv([
					['Date', 'Titre', 'Résumé', 'Catégorie'],
					['2023-11-23', 'Sommet de Minsk', 'Les dirigeants se réunissent à Minsk.', 'Sommet']
				]),
				{ published: PUBLISHED }
			)
		);
		expect(french.story.language).toBe('fr');
		expect(french.story.events[0]).toMatchObject({
			category: 'summit',
			title: { fr: 'Sommet de Minsk' },
			summary: { fr: 'Les dirigeants se réunissent à Minsk.' }
		});
	});

	it('reads a spreadsheet’s French export: semicolons, a byte order mark, CRLF', () => {
		const excel =
			'\ufeffDate;Titre;Résumé\r\n2023-11-23;Sommet de Minsk;"Les dirigeants se réunissent ; l’Arménie est absente."\r\n';
		const french = accepted(fromEventsCsv(excel, { published: PUBLISHED }));
		expect(french.story.events.map((e) => [e.date.edtf, e.title.fr, e.summary.en])).toEqual([
			['2023-11-23', 'Sommet de Minsk', 'Les dirigeants se réunissent ; l’Arménie est absente.']
		]);
		expect(french.warnings.join('\n')).not.toMatch(/fields/i);
	});

	it('hands a TimelineJS sheet to the sheet import', () => {
		const sheet = timelineJsFile('template/my-own-timeline.csv');
		const viaEvents = accepted(fromEventsCsv(sheet, { published: PUBLISHED }));
		const viaSheets = accepted(fromSheetsCsv(sheet, { published: PUBLISHED }));
		expect(essentials(viaEvents.story)).toEqual(essentials(viaSheets.story));
	});
});

describe('our own events.csv reads back', () => {
	const folder = new URL('../../../../data/stories/otsc-minsk-summit/', import.meta.url);
	const story = validateStory(
		'story.yaml',
		readFileSync(new URL('story.yaml', folder), 'utf8'),
		readFileSync(new URL('source.txt', folder), 'utf8')
	).story!;
	const result = accepted(fromEventsCsv(storyEventsCsv(story), { published: PUBLISHED }));
	const back = new Map(result.story.events.map((e) => [e.id, e]));

	it('with every event’s id, EDTF date, title, category and quotes', () => {
		expect(result.story.language).toBe('fr');
		expect([...back.keys()].sort()).toEqual(story.events.map((e) => e.id).sort());
		for (const event of story.events) {
			const read = back.get(event.id)!;
			expect(read.date.edtf).toBe(event.date.edtf);
			expect(read.title.fr).toBe(event.title.fr);
			expect(read.category).toBe(event.category);
			const quotes = event.provenance.flatMap((p) => ('quote' in p ? [p.quote] : []));
			const readQuotes = read.provenance.flatMap((p) => ('quote' in p ? [p.quote] : []));
			if (quotes.length > 0) expect(readQuotes).toEqual(quotes);
			if (event.date.wording) expect(read.date.wording).toBe(event.date.wording);
		}
	});

	it('with every event’s group', () => {
		const grouped = {
			...story,
			events: story.events.map((event, i) =>
				i % 2 ? { ...event, group: `Groupe, n° ${i}` } : event
			)
		};
		const read = accepted(fromEventsCsv(storyEventsCsv(grouped), { published: PUBLISHED })).story;
		const kept = (of: Story) =>
			essentials(of)
				.map(({ id, category, group }) => ({ id, category, group }))
				.sort((a, b) => a.id.localeCompare(b.id));
		expect(kept(read)).toEqual(kept(grouped));
	});

	it('with outside sources as links, and the part of day reported as not kept', () => {
		const urls = new Set(story.sources.map((s) => s.url));
		const readUrls = result.story.sources.map((s) => s.url);
		expect(readUrls.length).toBeGreaterThan(0);
		for (const url of readUrls) expect(urls.has(url)).toBe(true);
		expect(result.warnings.join('\n')).toMatch(/part of day "morning" not kept/);
	});
});

describe('bad CSVs give problems naming the column and the rule', () => {
	it.each([
		['an empty file', '\n\n', /the file is empty/],
		['a binary file', '\u0000\u0001PNG', /binary/],
		[
			'no date column',
			timelineJsFile('js/core/__tests__/parser_test.csv'),
			/no date column \(rule: one named date, start, date_edtf, year…\); found "title", "count", "description"/
		],
		['no title column', 'date,count\n2023,5\n', /no title column/],
		['no usable row', 'date,title\nyesterday,Something happened\n', /no event with a usable date/]
	])('%s', (_name, text, problem) => {
		const result = fromEventsCsv(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.join('\n')).toMatch(problem);
	});
});
