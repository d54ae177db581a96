/**
 * Interface strings in each language the product speaks. Story content comes from the
 * dataset; only the product's own words live here, one file per language and part:
 * `messages` are the views' strings (timeline, map, card, an embed's chrome: `i18n-fr.ts`,
 * `i18n-en.ts`); the site's own pages' strings are `siteMessages` in `i18n-site.ts`, which
 * no embed loads. What they share is in `i18n-core.ts`. Add every string to both languages.
 *
 * `messages` holds the languages loaded: a site's page its own (`loadLanguage` in
 * `i18n-site.ts`, called by the root layout), the server every language (`i18n-all.ts`), an
 * embed the one it shows (its island loads it before hydrating: `src/embed/hydrate.ts`).
 */
import type { Messages } from './i18n-fr';

export * from './i18n-core';
export type { Messages };
