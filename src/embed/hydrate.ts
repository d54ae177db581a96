/**
 * An embed's island: hydrate the prerendered view with the data the page carries, and
 * nothing else (no router, no client-side navigation). Each view's island is this function
 * called with the view's component (see vite.islands.config.ts).
 */
import { hydrate, type Component } from 'svelte';
import { EMBED_DATA_ID, EMBED_ROOT_ID, type EmbedData } from '$lib/embed/data';
import { isLanguage, messages, type Language, type Messages } from '$lib/i18n';

const loaders: Record<Language, () => Promise<Record<string, Messages>>> = {
	fr: () => import('$lib/i18n-fr'),
	en: () => import('$lib/i18n-en')
};

/** Load the strings of the given languages (values that are not a language are ignored). */
export async function loadMessages(...languages: (string | null | undefined)[]): Promise<void> {
	await Promise.all(
		languages
			.filter((language): language is Language => isLanguage(language ?? ''))
			.map(async (language) => {
				// Each file exports its strings under its language's code.
				messages[language] ??= (await loaders[language]())[language]!;
			})
	);
}

/**
 * Hydrate the view, once the interface strings of the page's language, and of the one the
 * URL asks for, are loaded: an embed downloads only the languages it shows.
 */
export async function hydrateView(view: Component<{ data: EmbedData }>): Promise<void> {
	const root = document.getElementById(EMBED_ROOT_ID);
	const json = document.getElementById(EMBED_DATA_ID) as HTMLTemplateElement | null;
	if (!root || !json) return;
	const data = JSON.parse(json.content.textContent ?? '') as EmbedData;
	await loadMessages(
		document.documentElement.lang,
		new URLSearchParams(location.search).get('lang')
	);
	hydrate(view, { target: root, props: { data } });
}
