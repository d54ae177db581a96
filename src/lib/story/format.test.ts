import { describe, expect, it } from 'vitest';
import { resolveEventDate } from './dates';
import { formatDate, formatPrecision, formatResolvedRange, isoDatetime } from './format';
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

describe('formatDate for every precision, in both languages', () => {
	it.each<[EventDate, string, string]>([
		[{ edtf: '2022-11~' }, 'vers novembre 2022', 'about November 2022'],
		[{ edtf: '1993?' }, '1993 (date incertaine)', '1993 (uncertain date)'],
		[{ edtf: '2022-09/2022-11' }, 'septembre – novembre 2022', 'September – November 2022'],
		[{ edtf: '1992/1994' }, '1992–1994', '1992 – 1994'],
		[
			{ edtf: '2023-11-23', partOfDay: 'night' },
			'23 novembre 2023, nuit',
			'November 23, 2023, night'
		]
	])('%j → fr "%s", en "%s"', (date, fr, en) => {
		const resolved = resolveEventDate(date);
		expect(formatDate(resolved, 'fr').replace(/\s/g, ' ')).toBe(fr);
		expect(formatDate(resolved, 'en').replace(/\s/g, ' ')).toBe(en);
	});
});

describe('formatResolvedRange and formatPrecision say what the date was resolved to', () => {
	it.each<[EventDate, string, string, string, string]>([
		[
			{ edtf: '2023-11-23', partOfDay: 'morning' },
			'23 nov. 2023, 06:00 – 11:59 UTC',
			'partie du jour',
			'Nov 23, 2023, 6:00 – 11:59 AM UTC',
			'part of a day'
		],
		[{ edtf: '2023-11-23' }, '23 nov. 2023', 'jour', 'Nov 23, 2023', 'day'],
		[{ edtf: '2022-11' }, '1–30 nov. 2022', 'mois', 'Nov 1 – 30, 2022', 'month'],
		[{ edtf: '1993' }, '1 janv. – 31 déc. 1993', 'année', 'Jan 1 – Dec 31, 1993', 'year'],
		[
			{ edtf: '2022~' },
			'1 janv. – 31 déc. 2022',
			'année, approximative',
			'Jan 1 – Dec 31, 2022',
			'year, approximate'
		],
		[{ edtf: '2023-11-23?' }, '23 nov. 2023', 'jour, incertaine', 'Nov 23, 2023', 'day, uncertain'],
		[
			{ edtf: '2022-09-13/2022-09-14' },
			'13–14 sept. 2022',
			'jour, intervalle',
			'Sep 13 – 14, 2022',
			'day, interval'
		]
	])('%j', (date, frRange, frPrecision, enRange, enPrecision) => {
		const resolved = resolveEventDate(date);
		const clean = (text: string) => text.replace(/\s/g, ' ');
		expect(clean(formatResolvedRange(resolved, 'fr'))).toBe(frRange);
		expect(formatPrecision(resolved, 'fr')).toBe(frPrecision);
		expect(clean(formatResolvedRange(resolved, 'en'))).toBe(enRange);
		expect(formatPrecision(resolved, 'en')).toBe(enPrecision);
	});
});

describe('dates before year 1 carry their era; intervals that run on say since when', () => {
	it.each<[EventDate, string, string]>([
		[{ edtf: '-0500' }, '501 av. J.-C.', '501 BC'],
		[{ edtf: '-0043-03-15' }, '15 mars 44 av. J.-C.', 'March 15, 44 BC'],
		[{ edtf: '0000' }, '1 av. J.-C.', '1 BC'],
		[{ edtf: '0001' }, '1', '1'],
		[{ edtf: '2024-02-22/..' }, 'depuis le 22 février 2024', 'since February 22, 2024'],
		[{ edtf: '2024-02/..' }, 'depuis février 2024', 'since February 2024'],
		[{ edtf: '1992/..' }, 'depuis 1992', 'since 1992']
	])('%j → fr "%s", en "%s"', (date, fr, en) => {
		const resolved = resolveEventDate(date);
		expect(formatDate(resolved, 'fr').replace(/\s/g, ' ')).toBe(fr);
		expect(formatDate(resolved, 'en').replace(/\s/g, ' ')).toBe(en);
	});

	it.each<[EventDate, string]>([
		[{ edtf: '-0500' }, '-0500'],
		[{ edtf: '-0043-03-15' }, '-0043-03-15'],
		[{ edtf: '2024-02-22/..' }, '2024-02-22']
	])('isoDatetime %j → %s', (date, expected) => {
		expect(isoDatetime(resolveEventDate(date))).toBe(expected);
	});

	it('says an interval that runs on is still running', () => {
		const resolved = resolveEventDate({ edtf: '2024-02-22/..' });
		expect(formatResolvedRange(resolved, 'fr').replace(/\s/g, ' ')).toBe('22 févr. 2024 – …');
		expect(formatPrecision(resolved, 'en')).toBe('day, interval still running');
	});
});

describe('a part of day is shown in the clock of its place', () => {
	it.each([
		['Europe/Minsk', '23 nov. 2023, 06:00 – 11:59 UTC+3', 'Nov 23, 2023, 6:00 – 11:59 AM UTC+3'],
		[
			'Asia/Kolkata',
			'23 nov. 2023, 06:00 – 11:59 UTC+5:30',
			'Nov 23, 2023, 6:00 – 11:59 AM UTC+5:30'
		],
		['America/New_York', '23 nov. 2023, 06:00 – 11:59 UTC−5', 'Nov 23, 2023, 6:00 – 11:59 AM UTC−5']
	])('morning in %s', (zone, fr, en) => {
		const resolved = resolveEventDate({ edtf: '2023-11-23', partOfDay: 'morning' }, zone);
		expect(formatResolvedRange(resolved, 'fr').replace(/\s/g, ' ')).toBe(fr);
		expect(formatResolvedRange(resolved, 'en').replace(/\s/g, ' ')).toBe(en);
		expect(isoDatetime(resolved)).toBe('2023-11-23');
	});
});
