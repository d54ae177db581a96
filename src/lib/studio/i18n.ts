/** The studio's words in each language the product speaks, apart from the site's. */
import type { Language } from '../i18n-core';
import { studioEn } from './i18n-en';
import { studioFr, type StudioMessages } from './i18n-fr';

export type { StudioMessages };
export const studioMessages: Record<Language, StudioMessages> = { fr: studioFr, en: studioEn };

/** A label's colon: spaced in French, as the site's own strings write it. */
export const colon = (language: Language) => (language === 'fr' ? '\u00a0:' : ':');
