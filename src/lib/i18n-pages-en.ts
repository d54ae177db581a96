/** Every string a site's page in this language shows, in one file for the page to load. */
export { en } from './i18n-en';
export { siteEn } from './i18n-site-en';
