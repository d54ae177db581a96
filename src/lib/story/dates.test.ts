import { describe, expect, it } from 'vitest';
import { Date as EdtfDateClass, Interval as EdtfIntervalClass } from 'edtf';
import { parseEdtf, resolveEventDate } from './dates';
import { zonedToUtc, zoneOffset } from './clock';

const utc = (iso: string) => Date.parse(iso);

describe('parseEdtf', () => {
	it.each([
		[
			'2023-11-23',
			'day',
			'2023-11-23T00:00:00.000Z',
			'2023-11-23T23:59:59.999Z',
			false,
			false,
			false
		],
		[
			'2022-11',
			'month',
			'2022-11-01T00:00:00.000Z',
			'2022-11-30T23:59:59.999Z',
			false,
			false,
			false
		],
		['1993', 'year', '1993-01-01T00:00:00.000Z', '1993-12-31T23:59:59.999Z', false, false, false],
		['2022~', 'year', '2022-01-01T00:00:00.000Z', '2022-12-31T23:59:59.999Z', false, true, false],
		[
			'2023-11-23?',
			'day',
			'2023-11-23T00:00:00.000Z',
			'2023-11-23T23:59:59.999Z',
			false,
			false,
			true
		],
		[
			'2022-09-13/2022-09-14',
			'day',
			'2022-09-13T00:00:00.000Z',
			'2022-09-14T23:59:59.999Z',
			true,
			false,
			false
		],
		[
			'2022-11/2023-11-23',
			'month',
			'2022-11-01T00:00:00.000Z',
			'2023-11-23T23:59:59.999Z',
			true,
			false,
			false
		]
	] as const)(
		'%s → %s from %s to %s',
		(text, precision, start, end, interval, approximate, uncertain) => {
			expect(parseEdtf(text)).toEqual({
				start: utc(start),
				end: utc(end),
				precision,
				interval,
				approximate,
				uncertain
			});
		}
	);

	it.each([
		['2023-02-30', /not a valid EDTF date/],
		['23/11/2023', /not a valid EDTF date/],
		['2023-11-24/2023-11-20', /invalid upper bound/],
		['1992-05-15/', /unknown end/],
		['../2024', /unknown end/],
		['[1992, 1993]', /use a date or an interval/]
	])('rejects %s', (text, message) => {
		expect(() => parseEdtf(text)).toThrowError(message);
	});
});

describe('parseEdtf: intervals that run on, years before year 1', () => {
	it.each([
		// An interval that runs on ends, for the extents, where its first bound does.
		['2024-02-22/..', '2024-02-22T00:00:00.000Z', '2024-02-22T23:59:59.999Z', 'day', true],
		['2024-02/..', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', 'month', true],
		['2024-02-22/2024-06-12', '2024-02-22T00:00:00.000Z', '2024-06-12T23:59:59.999Z', 'day', false]
	] as const)('%s → %s … %s (%s), open: %s', (text, start, end, precision, open) => {
		const range = parseEdtf(text);
		expect([range.start, range.end, range.precision]).toEqual([utc(start), utc(end), precision]);
		expect(range.interval).toBe(true);
		expect(range.open === true).toBe(open);
	});

	it.each([
		// Astronomical years: year 0 is 1 BC, -0500 is 501 BC.
		['-0500', -500],
		['0000', 0],
		['0001', 1]
	])('%s starts in astronomical year %d', (text, year) => {
		expect(new Date(parseEdtf(text).start).getUTCFullYear()).toBe(year);
	});
});

describe('clock: wall-clock time in a zone', () => {
	it.each([
		// Minsk keeps UTC+3 all year; Paris changes with the season; Kolkata is half an hour off.
		['2023-11-23T06:00:00Z', 'Europe/Minsk', 3 * 60],
		['2023-11-23T06:00:00Z', 'Europe/Paris', 60],
		['2023-07-01T06:00:00Z', 'Europe/Paris', 120],
		['2023-11-23T06:00:00Z', 'Asia/Kolkata', 330],
		['2023-11-23T06:00:00Z', 'UTC', 0],
		['2023-11-23T06:00:00Z', 'America/New_York', -300]
	])('at %s, %s is %d minutes ahead of UTC', (iso, zone, minutes) => {
		expect(zoneOffset(utc(iso), zone) / 60_000).toBe(minutes);
	});

	it('reads a wall-clock time across a change of summer time', () => {
		// 31 March 2024: Paris goes from UTC+1 to UTC+2 at 02:00 (01:00 UTC).
		expect(zonedToUtc(utc('2024-03-31T00:30:00Z'), 'Europe/Paris')).toBe(
			utc('2024-03-30T23:30:00Z')
		);
		expect(zonedToUtc(utc('2024-03-31T06:00:00Z'), 'Europe/Paris')).toBe(
			utc('2024-03-31T04:00:00Z')
		);
	});
});

describe('resolveEventDate', () => {
	it.each([
		// "ce jeudi matin" in Minsk: 06:00–12:00 in Minsk (UTC+3) is 03:00–09:00 UTC.
		['morning', 'Europe/Minsk', '2023-11-23T03:00:00.000Z', '2023-11-23T08:59:59.999Z'],
		['evening', 'Europe/Minsk', '2023-11-23T15:00:00.000Z', '2023-11-23T18:59:59.999Z'],
		// The night runs into the next day; Almaty kept UTC+6 until March 2024.
		['night', 'Asia/Almaty', '2023-11-23T16:00:00.000Z', '2023-11-23T23:59:59.999Z'],
		['night', 'Asia/Almaty', '2024-11-23T17:00:00.000Z', '2024-11-24T00:59:59.999Z'],
		['morning', 'Asia/Yerevan', '2023-11-23T02:00:00.000Z', '2023-11-23T07:59:59.999Z'],
		['afternoon', 'Europe/Paris', '2023-11-23T11:00:00.000Z', '2023-11-23T16:59:59.999Z'],
		// With no zone known, UTC.
		['morning', undefined, '2023-11-23T06:00:00.000Z', '2023-11-23T11:59:59.999Z']
	] as const)('%s in %s: %s – %s', (partOfDay, zone, start, end) => {
		const date = resolveEventDate({ edtf: start.slice(0, 4) + '-11-23', partOfDay }, zone);
		expect([date.start, date.end]).toEqual([utc(start), utc(end)]);
		expect(date.timeZone).toBe(zone);
	});

	it('narrows a day to the part of day the text gives', () => {
		const date = resolveEventDate({
			edtf: '2023-11-23',
			partOfDay: 'morning',
			wording: 'ce jeudi matin'
		});
		expect([date.start, date.end]).toEqual([
			utc('2023-11-23T06:00:00.000Z'),
			utc('2023-11-23T11:59:59.999Z')
		]);
		expect(date).toMatchObject({
			precision: 'day',
			partOfDay: 'morning',
			wording: 'ce jeudi matin'
		});
	});

	it.each([
		['Europe/Minsk', 'morning', '2023-11-23T03:00:00.000Z', '2023-11-23T08:59:59.999Z'],
		['Asia/Tokyo', 'evening', '2023-05-20T09:00:00.000Z', '2023-05-20T12:59:59.999Z'],
		['America/New_York', 'morning', '2023-07-04T10:00:00.000Z', '2023-07-04T15:59:59.999Z'],
		['America/New_York', 'morning', '2023-01-04T11:00:00.000Z', '2023-01-04T16:59:59.999Z']
	] as const)('reads a part of day in the hours of %s (%s)', (timeZone, partOfDay, start, end) => {
		const date = resolveEventDate({ edtf: start.slice(0, 10), partOfDay, timeZone });
		expect([date.start, date.end]).toEqual([utc(start), utc(end)]);
	});

	it('refuses an unknown time zone', () => {
		expect(() =>
			resolveEventDate({ edtf: '2023-11-23', partOfDay: 'evening', timeZone: 'Europe/Atlantis' })
		).toThrowError(/Invalid time zone/);
	});

	it('refuses a part of day on anything but a single day', () => {
		expect(() => resolveEventDate({ edtf: '2023-11', partOfDay: 'evening' })).toThrowError(
			/needs a single day/
		);
	});
});

describe('parseEdtf in a bundle that renames classes', () => {
	// A bundler may rename edtf's `Date` class (`_Date`, beside the global Date), and its
	// `type` is the class's name: the studio's browser build must still read dates.
	it.each([
		[EdtfDateClass, '2023-11-23'],
		[EdtfIntervalClass, '2022-09-13/2022-09-14']
	])('%o still parses %s', (cls, text) => {
		const name = Object.getOwnPropertyDescriptor(cls, 'name')!;
		Object.defineProperty(cls, 'name', { value: `_${cls.name}` });
		try {
			expect(parseEdtf(text).interval).toBe(text.includes('/'));
		} finally {
			Object.defineProperty(cls, 'name', name);
		}
	});
});
