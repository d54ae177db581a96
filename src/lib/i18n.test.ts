import { describe, expect, it } from 'vitest';
import { isFeminineFr, statusPhrase, statusTag } from '$lib/i18n';

describe('status in words, agreeing with the French name', () => {
	it.each([
		['Arménie', true],
		['Russie', true],
		['Biélorussie', true],
		['Kazakhstan', false],
		['Ouzbékistan', false],
		['Azerbaïdjan', false],
		['Mexique', false],
		['Stepanakert (Khankendi)', false]
	])('%s is feminine: %s', (name, feminine) => expect(isFeminineFr(name)).toBe(feminine));

	it.each<[Parameters<typeof statusPhrase>[0], 'fr' | 'en', string, string]>([
		['absent', 'fr', 'Arménie', 'membre, absente du sommet de Minsk'],
		['absent', 'en', 'Armenia', 'member, absent from the Minsk summit'],
		['present', 'fr', 'Russie', 'membre, présente au sommet de Minsk'],
		['present', 'fr', 'Kazakhstan', 'membre, présent au sommet de Minsk'],
		['host', 'fr', 'Biélorussie', 'membre, hôte du sommet de Minsk'],
		['host', 'en', 'Belarus', 'member, host of the Minsk summit'],
		['member', 'fr', 'Ouzbékistan', 'membre'],
		['former', 'fr', 'Géorgie', 'ancien membre'],
		['non-member', 'en', 'Ukraine', 'not a member'],
		['unknown', 'fr', 'Lituanie', 'appartenance non précisée'],
		['unknown', 'en', 'Lithuania', 'membership not given']
	])('%s (%s, %s) → %s', (status, language, name, phrase) => {
		expect(statusPhrase(status, language, { name, summitPlace: 'Minsk' })).toBe(phrase);
	});

	it.each<[Parameters<typeof statusTag>[0], 'fr' | 'en', string, string]>([
		['absent', 'fr', 'Arménie', 'absente'],
		['absent', 'fr', 'Kazakhstan', 'absent'],
		['absent', 'en', 'Armenia', 'absent'],
		['host', 'fr', 'Biélorussie', 'hôte'],
		['present', 'fr', 'Russie', '']
	])('map tag of %s (%s, %s) → "%s"', (status, language, name, tag) => {
		expect(statusTag(status, language, name)).toBe(tag);
	});
});
