/**
 * A story cut down to one reading language: each localized text keeps only the version a
 * page in that language shows (`localized()`'s choice), so a page does not carry the other
 * translation of every title, summary and note. The story's own title keeps its original
 * too, which the header shows beside the translation.
 */
import { localized } from '$lib/i18n-core';
import type { ResolvedStory } from './resolve';

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * A localized text: language codes to strings, English always among them (the schema asks
 * for it), such as `{ fr: "…", en: "…" }`.
 */
function isLocalizedText(value: object): value is Record<string, string> {
	return (
		'en' in value &&
		Object.entries(value).every(
			([key, text]) => LANGUAGE_CODE.test(key) && typeof text === 'string'
		)
	);
}

/** `value` with every localized text in it reduced to the version shown in `language`. */
export function inLanguage<T>(value: T, language: string): T {
	if (Array.isArray(value)) return value.map((item) => inLanguage(item, language)) as T;
	if (value === null || typeof value !== 'object') return value;
	if (isLocalizedText(value)) {
		const shown = localized(value, language);
		const key = Object.keys(value).find((code) => value[code] === shown)!;
		return { [key]: shown } as T;
	}
	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => [key, inLanguage(item, language)])
	) as T;
}

/** The story as a page in `language` needs it. */
export function storyInLanguage(story: ResolvedStory, language: string): ResolvedStory {
	return { ...inLanguage(story, language), title: story.title };
}
