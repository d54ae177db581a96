/** Links to the pages of a story in a language: French at the root, English under /en/. */
import { resolve } from '$app/paths';
import type { StillImage } from './embed/views';
import type { Language } from './i18n';

const langParam = (language: Language) => (language === 'fr' ? undefined : language);

export const homePath = (language: Language) =>
	resolve('/[[lang=lang]]', { lang: langParam(language) });

export const storyPath = (id: string, language: Language) =>
	resolve('/[[lang=lang]]/stories/[id]', { lang: langParam(language), id });

export const eventPath = (id: string, eventId: string, language: Language) =>
	resolve('/[[lang=lang]]/stories/[id]/events/[eventId]', {
		lang: langParam(language),
		id,
		eventId
	});

/** A still image of a story (`map`, `timeline`, `explorer`) in a language, as SVG or PNG. */
export const stillPath = (
	id: string,
	image: StillImage,
	format: 'svg' | 'png',
	language: Language
) =>
	format === 'svg'
		? resolve('/[[lang=lang]]/stories/[id]/[image=still].svg', {
				lang: langParam(language),
				id,
				image
			})
		: resolve('/[[lang=lang]]/stories/[id]/[image=still].png', {
				lang: langParam(language),
				id,
				image
			});

/** The studio, where a story is made from an article. */
export const studioPath = (language: Language) =>
	resolve('/[[lang=lang]]/studio', { lang: langParam(language) });
