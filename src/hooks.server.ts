import type { Handle } from '@sveltejs/kit';
import { BOOT_SCRIPT } from '$lib/embed/boot';
import { languageOfPath } from '$lib/i18n';
// Every page and data file rendered on the server has the strings of every language.
import '$lib/i18n-site';

/**
 * `<html lang>` follows the page's language so screen readers pronounce it right. Embed
 * pages get their boot script first thing in the head, to apply style options before paint.
 */
export const handle: Handle = ({ event, resolve }) => {
	const embed = event.route.id?.startsWith('/embed/[id]/') && !event.route.id.endsWith('.json');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', languageOfPath(event.url.pathname));
			return embed ? page.replace('<head>', `<head><script>${BOOT_SCRIPT}</script>`) : page;
		}
	});
};
