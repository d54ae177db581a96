import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { BOOT_SCRIPT } from '$lib/embed/boot';
import { languageOfPath } from '$lib/i18n';
import { afterPolicy, extendPolicy, hashSource, tileSource } from '$lib/server/csp';
import { clientManifest, languageChunk, withPreload } from '$lib/server/preload';
import { storyById } from '$lib/server/stories';
// Every page and data file rendered on the server has the strings of every language.
import '$lib/i18n-all';

const BOOT_HASH = hashSource(BOOT_SCRIPT);

/**
 * `<html lang>` follows the page's language so screen readers pronounce it right: the path's,
 * or on an embed (one address for both languages) its story's, which its island loads. Embed
 * pages get their boot script first in the head, under the page's CSP (by its hash), to
 * apply style options before paint. The pages of a story that asks for map tiles may load
 * images from the tiles' host; no other page may. A built page preloads its strings.
 */
export const handle: Handle = ({ event, resolve }) => {
	const route = event.route.id ?? '';
	const embed = route.startsWith('/embed/[id]/') && !route.endsWith('.json');
	const story = event.params.id ? storyById(event.params.id)?.story : undefined;
	const tiles = story?.map?.tiles;
	const language = embed && story ? story.language : languageOfPath(event.url.pathname);
	const tileHost = tiles && tileSource(tiles.url);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let page = html.replace('%lang%', language);
			if (embed) {
				page = afterPolicy(page, `<script>${BOOT_SCRIPT}</script>`);
				page = extendPolicy(page, { 'script-src': [BOOT_HASH] });
			}
			if (tileHost) page = extendPolicy(page, { 'img-src': [tileHost] });
			// The page's strings, which its layout loads before it renders (not in development,
			// where there is no built client).
			const strings =
				building && !embed && languageChunk(clientManifest(), languageOfPath(event.url.pathname));
			if (strings) page = withPreload(page, strings);
			return page;
		}
	});
};
