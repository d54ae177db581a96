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
		['-0500', '501 av. J.-C.', '501 BC', '-000500-12-31T23:59:59.999Z'],
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
