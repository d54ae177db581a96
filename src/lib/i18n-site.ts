/**
 * The site's own pages' strings (`siteMessages`), and loading a language for a page: its
 * site strings and its views' strings (`messages`, see `i18n.ts`), one language at a time,
 * so that a page carries only the language it speaks. The pages' root layout loads theirs
 * before rendering (`src/routes/+layout.ts`); the server, the build and the unit tests have
 * every language (`i18n-all.ts`). The embeds' islands never import this module, and their
 * build fails if a view reaches for it (vite.islands.config.ts).
 */
import { messages, type Language } from './i18n-core';
import type { Messages } from './i18n-fr';
import type { SiteMessages } from './i18n-site-fr';

export type { SiteMessages };

/** The site's strings of each language loaded. */
export const siteMessages = {} as Record<Language, SiteMessages>;

const loaders: Record<Language, () => Promise<[Messages, SiteMessages]>> = {
	fr: () => import('./i18n-pages-fr').then((strings) => [strings.fr, strings.siteFr]),
	en: () => import('./i18n-pages-en').then((strings) => [strings.en, strings.siteEn])
};

/** Make a language's strings available to the site's pages. */
export async function loadLanguage(language: Language): Promise<void> {
	if (siteMessages[language] && messages[language]) return;
	const [views, site] = await loaders[language]();
	messages[language] = views;
	siteMessages[language] = site;
}

/** Fill every language at once, from modules already loaded (the server's and the tests'). */
export function fillLanguages(all: Record<Language, [Messages, SiteMessages]>): void {
	for (const [language, [views, site]] of Object.entries(all) as [
		Language,
		[Messages, SiteMessages]
	][]) {
		messages[language] = views;
		siteMessages[language] = site;
	}
}
