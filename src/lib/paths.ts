/** Links to the pages of a story in a language: French at the root, English under /en/. */
import { resolve } from '$app/paths';
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
