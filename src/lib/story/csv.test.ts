import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, eventsCsv, toCsv } from './csv';
import { resolveEventDate } from './dates';
import type { ResolvedStory } from './resolve';

describe('CSV (RFC 4180)', () => {
	it.each([
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['with "quotes"', '"with ""quotes"""'],
		['two\nlines', '"two\nlines"'],
		['« Nous devons »', '« Nous devons »'],
		[42, '42']
	])('field %j → %s', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it('ends every record, the last included, with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', 'x,y']
			])
		).toBe('a,b\r\n1,"x,y"\r\n');
	});
});

describe('eventsCsv names dates in words, with their era', () => {
	const event = (id: string, edtf: string) => ({
		id,
		title: { fr: id, en: id },
		summary: { fr: id, en: id },
		date: { edtf },
		when: resolveEventDate({ edtf }),
		category: 'statement' as const,
		places: [],
		actors: [],
		provenance: [{ source: 's' }],
		notes: [],
		origin: 'context' as const
	});
	it.each([
		// A time before year 1 starts with "-": neutralised as a formula would be (see below).
		['-0500', '501 av. J.-C.', '501 BC', "'-000500-12-31T23:59:59.999Z"],
		['2024-02-22/..', 'depuis le 22 février 2024', 'since February 22, 2024', '..']
	])('%s → %s, %s, ends %s', (edtf, fr, en, end) => {
		const story = {
			language: 'fr',
			sources: [],
			events: [event('e', edtf)]
		} as unknown as ResolvedStory;
		const [header, row] = Papa.parse<string[]>(eventsCsv(story).trim()).data;
		const field = (name: string) => row![header!.indexOf(name)]!.replace(/\s/g, ' ');
		expect([field('date_fr'), field('date_en'), field('end_utc')]).toEqual([fr, en, end]);
	});
});

describe('CSV cells a spreadsheet would run as formulas', () => {
	it.each<[string | number, string]>([
		// Each character OWASP names, at the start of a cell: quoted, with a single quote first.
		['=1+1', `"'=1+1"`],
		[
			'=HYPERLINK("https://evil.example","clic")',
			`"'=HYPERLINK(""https://evil.example"",""clic"")"`
		],
		['+33 1 23 45 67 89', `"'+33 1 23 45 67 89"`],
		["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
		['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
		['\t=1+1', `"'\t=1+1"`],
		['\r=1+1', `"'\r=1+1"`],
		// Text that only looks like a number or a date before year 1 is text: neutralised too.
		['-12', `"'-12"`],
		['-0501', `"'-0501"`],
		['-000501-01-01T00:00:00.000Z', `"'-000501-01-01T00:00:00.000Z"`],
		// Numbers are numbers: no formula hides in digits.
		[-3, '-3'],
		[-0.5, '-0.5'],
		// Those characters elsewhere than at the start are harmless.
		['1992-05-15', '1992-05-15'],
		['a=b', 'a=b'],
		['x@example.org', 'x@example.org'],
		[' =1+1', ' =1+1'],
		['', '']
	])('%j → %s', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it('neutralises every column of an event, the dates included', () => {
		const event = {
			id: 'e1',
			date: { edtf: '-0501', partOfDay: undefined, wording: '=wording' },
			when: { start: Date.UTC(-501, 0, 1), end: Date.UTC(-501, 11, 31), precision: 'year' },
			category: 'summit',
			group: '=group',
			origin: 'article',
			title: { fr: '+titre', en: '@title' },
			summary: { fr: '-résumé', en: '\tsummary' },
			places: ['=place'],
			actors: ['actor'],
			provenance: [{ quote: '=quote' }]
		};
		const story = {
			language: 'fr',
			sources: [],
			events: [event]
		} as unknown as ResolvedStory;
		const [, row] = eventsCsv(story).split('\r\n');
		expect(row).toBe(
			[
				'e1',
				`"'-0501"`,
				'',
				`"'=wording"`,
				'502 av. J.-C.',
				'502 BC',
				`"'-000501-01-01T00:00:00.000Z"`,
				`"'-000501-12-31T00:00:00.000Z"`,
				'year',
				'summit',
				`"'=group"`,
				'article',
				`"'+titre"`,
				`"'@title"`,
				`"'-résumé"`,
				`"'\tsummary"`,
				`"'=place"`,
				'actor',
				`"'=quote"`,
				''
			].join(',')
		);
	});
});
