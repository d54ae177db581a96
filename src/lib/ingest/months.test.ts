import { describe, expect, it } from 'vitest';
import { MONTHS, monthNumber } from './months';

describe('monthNumber', () => {
	it.each([
		['janvier', 1],
		['Février', 2],
		['août', 8],
		['décembre', 12],
		['May', 5],
		['NOVEMBER', 11],
		['aout', undefined], // the name as it is written, accents and all
		['jeudi', undefined],
		['', undefined]
	])('%s → %s', (word, month) => {
		expect(monthNumber(word)).toBe(month);
	});

	it('has twelve names in each language', () => {
		for (const names of Object.values(MONTHS)) expect(names).toHaveLength(12);
	});
});
