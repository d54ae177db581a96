import { describe, expect, it } from 'vitest';
import { holds, stateRows } from './states';
import type { StoryInput } from './work';

describe('membership on a day', () => {
	it.each<[string, string | undefined, string, boolean | undefined]>([
		['1993', undefined, '2023-11-23', true],
		['1993', '2012', '2023-11-23', false],
		['2023-11-23', undefined, '2023-11-23', true],
		['2023-11-24', undefined, '2023-11-23', false],
		['1999', '2023-11-23', '2023-11-23', false],
		['2024-02-22', '..', '2024-03', true],
		['not a date', undefined, '2023-11-23', undefined]
	])('from %s to %s holds %s: %s', (from, to, on, expected) => {
		expect(holds(from, to, on)).toBe(expected);
	});
});

describe('the states table', () => {
	const story = {
		published: { edtf: '2023-11-23' },
		organisation: { summit: 'summit' },
		places: [
			{ kind: 'country', id: 'blr', iso3: 'BLR' },
			{ kind: 'country', id: 'ukr', iso3: 'UKR' },
			{ kind: 'city', id: 'minsk', country: 'BLR' }
		],
		memberships: [
			{ state: 'BLR', from: '1993' },
			{ state: 'ARM', from: '1992', to: '1999' },
			{ state: 'ARM', from: '2000' }
		],
		attendance: [
			{ event: 'summit', state: 'BLR', status: 'host' },
			{ event: 'summit', state: 'ARM', status: 'absent' },
			{ event: 'other', state: 'UKR', status: 'present' }
		]
	} as unknown as StoryInput;

	it('has a row per interval, then the states named without one, with the day’s status', () => {
		expect(stateRows(story)).toEqual([
			{ state: 'BLR', membership: 0, from: '1993', memberOnDay: true, attendance: 'host' },
			{ state: 'ARM', membership: 1, from: '1992', to: '1999', memberOnDay: false },
			{ state: 'ARM', membership: 2, from: '2000', memberOnDay: true, attendance: 'absent' },
			{ state: 'UKR', memberOnDay: false }
		]);
	});
});
