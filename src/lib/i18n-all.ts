/**
 * Every language's strings, loaded at once: for the server, which renders every page and
 * file of the site at build time, and for the unit tests. Pages in the browser load only
 * their own language (`loadLanguage` in `i18n-site.ts`).
 */
import { en } from './i18n-en';
import { fr } from './i18n-fr';
import { fillLanguages } from './i18n-site';
import { siteEn } from './i18n-site-en';
import { siteFr } from './i18n-site-fr';

fillLanguages({ fr: [fr, siteFr], en: [en, siteEn] });
