import { describe, expect, it } from 'vitest';
import { monthIndex, monthStart, nextStep } from './timeSteps';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('time steps', () => {
	it.each([
		['1970-01-01', 0],
		['1992-05-15', 22 * 12 + 4],
		['2023-11-23', 53 * 12 + 10]
	])('monthIndex(%s) = %s and back to the first of the month', (iso, index) => {
		expect(monthIndex(utc(iso))).toBe(index);
		expect(monthStart(index)).toBe(utc(`${iso.slice(0, 7)}-01`));
	});

	it.each([
		['2023-11-23', 'month', '2023-12-01'],
		['2023-11-23', 'quarter', '2024-02-01'],
		['2023-11-23', 'year', '2024-11-01'],
		['2024-06-12', 'year', undefined]
	] as const)('from %s by a %s → %s', (from, step, expected) => {
		expect(nextStep(utc(from), step, utc('2024-12-31'))).toBe(expected && utc(expected));
	});
});
