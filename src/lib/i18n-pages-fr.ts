/** Every string a site's page in this language shows, in one file for the page to load. */
export { fr } from './i18n-fr';
export { siteFr } from './i18n-site-fr';
