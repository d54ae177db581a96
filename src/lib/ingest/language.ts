/** The article's language, French or English, detected by tinyld when the caller does not say. */
import { detect } from 'tinyld/light';
import type { Lang } from './dates';

export function detectLanguage(text: string): Lang {
	return detect(text, { only: ['fr', 'en'] }) === 'en' ? 'en' : 'fr';
}
