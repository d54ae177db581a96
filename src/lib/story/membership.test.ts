import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryFiles } from '$lib/server/stories';
import { defaultMapDate, membershipStatus, statesOf, type MapStatus } from './membership';

const folder = new URL('../../../data/stories/otsc-minsk-summit/', import.meta.url);
const story = loadStoryFiles(
	{
		'/data/stories/otsc-minsk-summit/story.yaml': readFileSync(
			new URL('story.yaml', folder),
			'utf8'
		)
	},
	{
		'/data/stories/otsc-minsk-summit/source.txt': readFileSync(
			new URL('source.txt', folder),
			'utf8'
		)
	}
).get('otsc-minsk-summit')!.resolved;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe('membershipStatus over the dataset’s intervals and the summit attendance', () => {
	it.each<[string, string, MapStatus]>([
		// The summit day: attendance decides.
		['2023-11-23', 'BLR', 'host'],
		['2023-11-23', 'RUS', 'present'],
		['2023-11-23', 'KAZ', 'present'],
		['2023-11-23', 'KGZ', 'present'],
		['2023-11-23', 'TJK', 'present'],
		['2023-11-23', 'ARM', 'absent'],
		['2023-11-23', 'AZE', 'former'],
		['2023-11-23', 'GEO', 'former'],
		['2023-11-23', 'UZB', 'former'],
		['2023-11-23', 'UKR', 'non-member'],
		// Before the first interval; on its first day.
		['1992-05-14', 'ARM', 'non-member'],
		['1992-05-15', 'ARM', 'member'],
		['1993-09-23', 'AZE', 'non-member'],
		['1993-09-24', 'AZE', 'member'],
		// Belarus's year of accession is all that is known (and uncertain): from its first day.
		['1992-12-31', 'BLR', 'non-member'],
		['1993-01-01', 'BLR', 'member'],
		// 1995: Azerbaijan, Georgia and Uzbekistan are members.
		['1995-06-01', 'AZE', 'member'],
		['1995-06-01', 'GEO', 'member'],
		['1995-06-01', 'UZB', 'member'],
		// 1999: the renewal protocol (2 April) ends nothing; the first term lapses on 20 April.
		['1999-04-02', 'GEO', 'member'],
		['1999-04-19', 'GEO', 'member'],
		['1999-04-20', 'GEO', 'former'],
		['1999-04-20', 'UZB', 'former'],
		// Uzbekistan's second interval (2006-08-16 to its suspension on 2012-12-19).
		['2006-08-15', 'UZB', 'former'],
		['2006-08-16', 'UZB', 'member'],
		['2010-01-01', 'UZB', 'member'],
		['2012-12-18', 'UZB', 'member'],
		['2012-12-19', 'UZB', 'former'],
		// Open-ended intervals, before and after the summit day.
		['2023-11-22', 'ARM', 'member'],
		['2023-11-24', 'ARM', 'member'],
		['2030-01-01', 'ARM', 'member'],
		['2030-01-01', 'RUS', 'member']
	])('on %s, %s is %s', (date, state, status) => {
		expect(membershipStatus(state, day(date), story).status).toBe(status);
	});

	it('counts the whole summit day, to its last millisecond', () => {
		expect(membershipStatus('ARM', day('2023-11-23') + DAY - 1, story).status).toBe('absent');
		expect(membershipStatus('ARM', day('2023-11-23') + DAY, story).status).toBe('member');
	});

	it('gives the proof: the interval in force, or the last one that ended', () => {
		const arm = membershipStatus('ARM', day('2023-11-23'), story);
		expect(arm.attendance?.provenance.some((p) => 'quote' in p)).toBe(true);
		expect(arm.membership?.from).toBe('1992-05-15');
		expect(membershipStatus('UZB', day('2020-01-01'), story).membership?.to).toBe('2012-12-19');
		expect(membershipStatus('UZB', day('2001-01-01'), story).membership?.to).toBe('1999-04-20');
		expect(membershipStatus('UKR', day('2020-01-01'), story).membership).toBeUndefined();
	});

	it('defaults to the summit day and knows every state of the data', () => {
		expect(defaultMapDate(story)).toBe(day('2023-11-23'));
		expect(statesOf(story).sort()).toEqual(
			['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'].sort()
		);
	});
});
