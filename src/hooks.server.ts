import type { Handle } from '@sveltejs/kit';
import { languageOfPath } from '$lib/i18n';

/** `<html lang>` follows the page's language so screen readers pronounce it right. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', languageOfPath(event.url.pathname))
	});
