import { describe, expect, it } from 'vitest';
import { countryChoices, countryName } from './countries';

describe('country names in the interface language', () => {
	it.each([
		['ARM', 'fr', 'Arménie'],
		['ARM', 'en', 'Armenia'],
		['BLR', 'fr', 'Biélorussie'],
		['KAZ', 'en', 'Kazakhstan'],
		['XYZ', 'fr', 'XYZ']
	] as const)('%s in %s is %s', (iso3, language, name) => {
		expect(countryName(iso3, language)).toBe(name);
	});

	it('lists every country, sorted as the language sorts', () => {
		const fr = countryChoices('fr');
		expect(fr.length).toBeGreaterThan(240);
		const names = fr.map(([, name]) => name);
		expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Estonie'));
		expect(fr.find(([code]) => code === 'DEU')?.[1]).toBe('Allemagne');
	});
});
