import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryFiles } from '$lib/server/stories';
import {
	defaultMapDate,
	membershipStatus,
	statesOf,
	statusProof,
	type MapStatus,
	type MembershipData
} from './membership';

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
		['2030-01-01', 'RUS', 'member'],
		// Armenia's participation frozen from 22 February 2024, still a member in law.
		['2024-02-21', 'ARM', 'member'],
		['2024-02-22', 'ARM', 'frozen'],
		['2024-06-12', 'ARM', 'frozen'],
		['2025-01-01', 'ARM', 'frozen'],
		['2030-01-01', 'ARM', 'frozen'],
		['2025-01-01', 'BLR', 'member']
	])('on %s, %s is %s', (date, state, status) => {
		expect(membershipStatus(state, day(date), story).status).toBe(status);
	});

	it('says nothing of membership where the story lists none, summit day or not', () => {
		// A machine draft of an article with no "members" sentence: attendance, no memberships.
		const draft: MembershipData = { ...story, memberships: [] };
		for (const date of ['2023-11-23', '2020-01-01'])
			for (const state of ['BLR', 'ARM', 'UKR'])
				expect(membershipStatus(state, day(date), draft)).toEqual({ state, status: 'unknown' });
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

	it('proves a frozen participation with its own sources, and keeps the membership', () => {
		const arm = membershipStatus('ARM', day('2025-01-01'), story);
		expect(arm.phase?.from).toBe('2024-02-22');
		expect(arm.membership?.from).toBe('1992-05-15');
		const proof = statusProof(arm);
		expect(proof).toBe(arm.phase?.provenance);
		expect(proof.every((p) => 'source' in p)).toBe(true);
		expect(statusProof(membershipStatus('ARM', day('2020-01-01'), story))).toBe(
			arm.membership?.provenance
		);
	});
});

describe('membership phases, table-driven on a small dataset', () => {
	const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
	const data = (phases: { from: string; to?: string }[], to?: string): MembershipData => ({
		organisation: { actor: 'org', summit: 'none' },
		events: [],
		attendance: [],
		memberships: [
			{
				state: 'ARM',
				from: '2000-01-01',
				start: ms('2000-01-01'),
				...(to ? { to, end: ms(to) } : {}),
				provenance: [{ source: 's' }],
				notes: [],
				phases: phases.map((p) => ({
					status: 'frozen' as const,
					...p,
					start: ms(p.from),
					...(p.to ? { end: ms(p.to) } : {}),
					provenance: [{ source: 'p' }],
					notes: []
				}))
			}
		]
	});
	it.each<[string, { from: string; to?: string }[], string | undefined, string, MapStatus]>([
		['no phase', [], undefined, '2010-01-01', 'member'],
		['the day before a phase', [{ from: '2010-01-01' }], undefined, '2009-12-31', 'member'],
		['the first day of a phase', [{ from: '2010-01-01' }], undefined, '2010-01-01', 'frozen'],
		['a phase that runs on', [{ from: '2010-01-01' }], undefined, '2099-01-01', 'frozen'],
		[
			'the day a phase ends',
			[{ from: '2010-01-01', to: '2011-01-01' }],
			undefined,
			'2011-01-01',
			'member'
		],
		[
			'after the membership ends',
			[{ from: '2010-01-01', to: '2011-01-01' }],
			'2012-01-01',
			'2013-01-01',
			'former'
		]
	])('%s', (_, phases, to, date, status) => {
		expect(membershipStatus('ARM', ms(date), data(phases, to)).status).toBe(status);
	});
});
