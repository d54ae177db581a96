/**
 * Country names in the interface's language, for the studio's country picker: from
 * `i18n-iso-countries`, keyed by ISO 3166-1 alpha-3 as the dataset is, sorted as the
 * language sorts them.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Language } from '../i18n-core';

countries.registerLocale(fr);
countries.registerLocale(en);

export function countryName(iso3: string, language: Language): string {
	return countries.getName(iso3, language) ?? iso3;
}

/** Every country as [alpha-3, name], in the language's alphabetical order. */
export function countryChoices(language: Language): [string, string][] {
	const collator = new Intl.Collator(language);
	return Object.entries(countries.getNames(language, { select: 'official' }))
		.map(([alpha2, name]): [string, string] => [countries.alpha2ToAlpha3(alpha2) ?? alpha2, name])
		.sort((a, b) => collator.compare(a[1], b[1]));
}
