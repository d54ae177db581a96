/**
 * The inline script at the top of every embed page, run before the first paint: it applies
 * the options that only style the page (theme, hidden title) as attributes of `<html>`, and
 * hides the view while options that change its content (language, selection, filters) wait
 * for the view's island, for two seconds at most; the strings of another language than the
 * page's start downloading at once. Without JavaScript none of this happens and the page
 * shows its defaults.
 */
function boot() {
	const params = new URLSearchParams(location.search);
	const root = document.documentElement;
	const theme = params.get('theme');
	if (theme === 'dark' || theme === 'auto') root.dataset.theme = theme;
	if (params.get('title') === '0') root.dataset.hideTitle = '';
	const lang = params.get('lang');
	// Another language than the page's: its strings start downloading now, beside the island.
	if ((lang === 'fr' || lang === 'en') && lang !== root.lang) {
		const link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = `/_embed/i18n-${lang}.js`;
		document.head.append(link);
	}
	const changes =
		(lang && lang !== root.lang) ||
		['event', 'country', 'date', 'window', 'category', 'countries', 'origin'].some((key) =>
			params.has(key)
		);
	if (changes) {
		root.dataset.pending = '';
		setTimeout(() => delete root.dataset.pending, 2000);
	}
}

/** The script's source, to inline in the page's head. */
export const BOOT_SCRIPT = `(${boot.toString()})()`;
