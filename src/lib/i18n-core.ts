/**
 * What every language shares: the languages the product speaks, picking dataset text in one,
 * and the words of a state's status, which agree with its French name. The interface strings
 * themselves are in `i18n-fr.ts` and `i18n-en.ts`; `i18n.ts` puts it all together.
 */
import type { Messages } from './i18n-fr';
import type { MapStatus } from './story/membership';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
	return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The views' strings of the languages loaded: a site's page its own (`loadLanguage` in
 * `i18n-site.ts`), the server every language (`i18n-all.ts`), an embed the one it shows (its
 * island loads it before hydrating: `src/embed/hydrate.ts`). Read it through `$lib/i18n`.
 */
export const messages = {} as Record<Language, Messages>;

/** The interface language a story is shown in by default: its own, when the product speaks it. */
export function storyLanguage(story: { language: string }): Language {
	return isLanguage(story.language) ? story.language : 'fr';
}

/** Text from the dataset in the wanted language, falling back to English, then any. */
export function localized(text: Record<string, string>, language: string): string {
	return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Pages under `/en/` are in English; the rest speak the default language. */
export function languageOfPath(pathname: string): Language {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'fr';
}

/**
 * French names of countries ending in -e are feminine ("la Russie", "l’Arménie"), save a
 * few ("le Mexique"); the others are masculine ("le Kazakhstan"). Adjectives agree.
 */
const MASCULINE_IN_E = ['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname'];
export function isFeminineFr(name: string): boolean {
	const word = name.split(/[\s(]/)[0] ?? name;
	return word.endsWith('e') && !MASCULINE_IN_E.includes(word);
}

/** How a state's status reads, after its name: "membre, absente du sommet de Minsk". */
export function statusPhrase(
	status: MapStatus,
	language: Language,
	{ name, summitPlace }: { name: string; summitPlace?: string }
): string {
	const f = language === 'fr' && isFeminineFr(name);
	if (language === 'fr') {
		const summit = summitPlace ? `sommet de ${summitPlace}` : 'sommet';
		return {
			host: `membre, hôte du ${summit}`,
			present: `membre, ${f ? 'présente' : 'présent'} au ${summit}`,
			absent: `membre, ${f ? 'absente' : 'absent'} du ${summit}`,
			member: 'membre',
			frozen: 'membre, participation gelée',
			former: 'ancien membre',
			'non-member': 'non membre',
			unknown: 'appartenance non précisée'
		}[status];
	}
	const summit = summitPlace ? `the ${summitPlace} summit` : 'the summit';
	return {
		host: `member, host of ${summit}`,
		present: `member, present at ${summit}`,
		absent: `member, absent from ${summit}`,
		member: 'member',
		frozen: 'member, participation frozen',
		former: 'former member',
		'non-member': 'not a member',
		unknown: 'membership not given'
	}[status];
}

/** The word shown after a state's name on the map, when its status needs one: "absente", "hôte". */
export function statusTag(status: MapStatus, language: Language, name: string): string {
	if (status === 'absent') return language === 'fr' && isFeminineFr(name) ? 'absente' : 'absent';
	if (status === 'host') return language === 'fr' ? 'hôte' : 'host';
	if (status === 'frozen')
		return language === 'fr' ? 'participation gelée' : 'participation frozen';
	return '';
}
