/**
 * An embed's options, in its URL: language, theme, whether the title shows, and the same
 * view state as the explorer's links (event, country, date, window, filters). Parsing never
 * throws; an unknown parameter or value is ignored and the default kept.
 */
import { isLanguage, type Language } from '$lib/i18n';
import { parseViewState, serializeViewState, type Known, type ViewState } from '$lib/state/url';
import type { EmbedView } from './views';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	/** The interface language; undefined keeps the page's own (the story's language). */
	language?: Language;
	/** `light` by default: most host pages are; `auto` follows the reader's system. */
	theme: Theme;
	hideTitle: boolean;
	view: ViewState;
}

export function parseTheme(value: string | null): Theme {
	return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'light';
}

/** `title=0` hides the title line; anything else keeps it. */
export function parseHideTitle(value: string | null): boolean {
	return value === '0';
}

export function parseEmbedOptions(params: URLSearchParams, known: Known): EmbedOptions {
	const language = params.get('lang') ?? '';
	return {
		language: isLanguage(language) ? language : undefined,
		theme: parseTheme(params.get('theme')),
		hideTitle: parseHideTitle(params.get('title')),
		view: parseViewState(params, known)
	};
}

/** Only what differs from the defaults is written, so that codes stay short. */
export function embedQuery(options: Partial<EmbedOptions>): URLSearchParams {
	const params = new URLSearchParams();
	if (options.language) params.set('lang', options.language);
	if (options.theme && options.theme !== 'light') params.set('theme', options.theme);
	if (options.hideTitle) params.set('title', '0');
	if (options.view)
		for (const [key, value] of serializeViewState(options.view)) params.set(key, value);
	return params;
}

/** The path of an embed page: `/embed/<story>/<view>/`. */
export function embedPath(storyId: string, view: EmbedView): string {
	return `/embed/${encodeURIComponent(storyId)}/${view}/`;
}

/** The full URL of an embed with its options, against the site's origin. */
export function embedUrl(
	site: string,
	storyId: string,
	view: EmbedView,
	options: Partial<EmbedOptions> = {}
): string {
	const url = new URL(embedPath(storyId, view), site);
	url.search = embedQuery(options).toString();
	return url.href;
}
