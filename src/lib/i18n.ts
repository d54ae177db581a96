/**
 * Interface strings in each language the product speaks. Story content comes from the
 * dataset; only the product's own words live here: one file per language (`i18n-fr.ts`,
 * `i18n-en.ts`, so that an embed loads only the language it shows), and what they share
 * (`i18n-core.ts`). Add every string to both languages.
 */
import { en } from './i18n-en';
import { fr, type Messages } from './i18n-fr';
import type { Language } from './i18n-core';

export * from './i18n-core';
export type { Messages };

export const messages: Record<Language, Messages> = { fr, en };
