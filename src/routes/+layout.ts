import { languageOfPath } from '$lib/i18n';
import { loadLanguage } from '$lib/i18n-site';
import type { LayoutLoad } from './$types';

// The whole site is static: every page and data file is rendered at build time.
export const prerender = true;
export const trailingSlash = 'always';

/** A page's strings, in its own language only, before it renders. */
export const load: LayoutLoad = async ({ url }) => {
	await loadLanguage(languageOfPath(url.pathname));
};
