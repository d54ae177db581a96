/**
 * The site's own pages' strings (`siteMessages`), and every language of the views' strings
 * with them: importing this module fills `messages` (see `i18n.ts`). Every page of the site
 * imports it for its own strings, and the server hooks for every page and file rendered at
 * build time; the embeds' islands never do, and their build fails if a view reaches for it
 * (vite.islands.config.ts).
 */
import { messages, type Language } from './i18n-core';
import { en } from './i18n-en';
import { fr } from './i18n-fr';
import { siteEn } from './i18n-site-en';
import { siteFr, type SiteMessages } from './i18n-site-fr';

export type { SiteMessages };

Object.assign(messages, { fr, en });

export const siteMessages: Record<Language, SiteMessages> = { fr: siteFr, en: siteEn };
