/**
 * `$lib/i18n` in the embeds' islands (see vite.islands.config.ts): the same exports, but each
 * language's strings are loaded when the embed needs them, before it is hydrated, so that an
 * embed downloads only the language it shows. Components read `messages[language]` as they
 * do on the site. There is no `siteMessages` here: a view that reached for the site's own
 * strings would fail this build rather than show nothing.
 */
import { isLanguage, type Language } from '$lib/i18n-core';
import type { Messages } from '$lib/i18n-fr';

export * from '$lib/i18n-core';
export type { Messages };

export const messages = {} as Record<Language, Messages>;

const loaders: Record<Language, () => Promise<Messages>> = {
	fr: () => import('$lib/i18n-fr').then((module) => module.fr),
	en: () => import('$lib/i18n-en').then((module) => module.en)
};

/** Load the strings of the given languages (values that are not a language are ignored). */
export async function loadMessages(...languages: (string | null | undefined)[]): Promise<void> {
	await Promise.all(
		languages
			.filter((language): language is Language => isLanguage(language ?? ''))
			.map(async (language) => {
				messages[language] ??= await loaders[language]();
			})
	);
}
