/**
 * The reader's theme on the site: their system's (prefers-color-scheme) until they choose one
 * with the switch, then theirs, kept in localStorage and applied as `data-theme` on <html>
 * before the first paint by the one static script in app.html. Embeds keep their own
 * `theme` option and never read this.
 */
import type { Theme } from './tokens';

/** Where the choice is kept; app.html's script reads the same key. */
export const THEME_KEY = 'chronomap-theme';

export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | undefined {
	try {
		const value = storage?.getItem(THEME_KEY);
		return value === 'light' || value === 'dark' ? value : undefined;
	} catch {
		// Storage refused (private mode, a sandbox): the system's theme.
		return undefined;
	}
}

/** The theme shown: the reader's choice, else their system's. */
export const shownTheme = (stored: Theme | undefined, systemDark: boolean): Theme =>
	stored ?? (systemDark ? 'dark' : 'light');

export function storeTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): void {
	try {
		storage?.setItem(THEME_KEY, theme);
	} catch {
		// Not kept: the choice lasts as long as the page.
	}
}
