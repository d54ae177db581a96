import { describe, expect, it } from 'vitest';
import { parseEdtf, resolveEventDate } from './dates';

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
		['1992-05-15/..', /open or unknown interval/],
		['[1992, 1993]', /use a date or an interval/]
	])('rejects %s', (text, message) => {
		expect(() => parseEdtf(text)).toThrowError(message);
	});
});

describe('resolveEventDate', () => {
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
		).toThrowError(/not a known IANA time zone/);
	});

	it('refuses a part of day on anything but a single day', () => {
		expect(() => resolveEventDate({ edtf: '2023-11', partOfDay: 'evening' })).toThrowError(
			/needs a single day/
		);
	});
});
