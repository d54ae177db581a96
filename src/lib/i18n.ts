/**
 * Interface strings in each language the product speaks. Story content comes from the
 * dataset; only the product's own words live here, one file per language and part:
 * `messages` are the views' strings (timeline, map, card, an embed's frame: `i18n-fr.ts`,
 * `i18n-en.ts`), which an embed loads for the one language it shows; `siteMessages` are the
 * site's own pages' (`i18n-site-*.ts`), which no embed loads. What they share is in
 * `i18n-core.ts`. Add every string to both languages.
 */
import { en } from './i18n-en';
import { fr, type Messages } from './i18n-fr';
import type { Language } from './i18n-core';
import { siteEn } from './i18n-site-en';
import { siteFr, type SiteMessages } from './i18n-site-fr';

export * from './i18n-core';
export type { Messages, SiteMessages };

export const messages: Record<Language, Messages> = { fr, en };

export const siteMessages: Record<Language, SiteMessages> = { fr: siteFr, en: siteEn };
