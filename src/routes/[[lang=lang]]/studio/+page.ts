import type { Language } from '$lib/i18n';
import type { EntryGenerator, PageLoad } from './$types';

/** The studio runs in the browser alone: the page is prerendered empty, in each language. */
export const entries: EntryGenerator = () => [{}, { lang: 'en' }];

export const load: PageLoad = ({ params }) => ({
	language: (params.lang ?? 'fr') as Language
});
