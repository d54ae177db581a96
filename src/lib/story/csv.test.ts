import { describe, expect, it } from 'vitest';
import { csvField, eventsCsv, toCsv } from './csv';
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
				`"'-000501-01-01T00:00:00.000Z"`,
				`"'-000501-12-31T00:00:00.000Z"`,
				'year',
				'summit',
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
