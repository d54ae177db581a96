import { describe, expect, it } from 'vitest';
import { resolveEventDate } from './dates';
import { formatDate, isoDatetime } from './format';
import type { EventDate } from './schema';

describe('formatDate says what is known and no more', () => {
	it.each<[EventDate, string, string]>([
		[{ edtf: '2023-11-23' }, '23 novembre 2023', 'November 23, 2023'],
		[
			{ edtf: '2023-11-23', partOfDay: 'morning' },
			'23 novembre 2023, matin',
			'November 23, 2023, morning'
		],
		[{ edtf: '2022-11' }, 'novembre 2022', 'November 2022'],
		[{ edtf: '1993' }, '1993', '1993'],
		[{ edtf: '2022~' }, 'vers 2022', 'about 2022'],
		[
			{ edtf: '2023-11-23?' },
			'23 novembre 2023 (date incertaine)',
			'November 23, 2023 (uncertain date)'
		],
		[{ edtf: '2022-09-13/2022-09-14' }, '13–14 septembre 2022', 'September 13 – 14, 2022']
	])('%j → fr "%s", en "%s"', (date, fr, en) => {
		const resolved = resolveEventDate(date);
		expect(formatDate(resolved, 'fr').replace(/\s/g, ' ')).toBe(fr);
		expect(formatDate(resolved, 'en').replace(/\s/g, ' ')).toBe(en);
	});
});

describe('isoDatetime', () => {
	it.each<[EventDate, string]>([
		[{ edtf: '2023-11-23', partOfDay: 'morning' }, '2023-11-23'],
		[{ edtf: '2022-11' }, '2022-11'],
		[{ edtf: '1993' }, '1993']
	])('%j → %s', (date, expected) => {
		expect(isoDatetime(resolveEventDate(date))).toBe(expected);
	});
});
