/**
 * Chronomap's resize script for host pages (served as /embed.js). It sizes every
 * `<iframe data-chronomap-embed>` to the height its embed reports, and ignores any message
 * that does not come from one of those iframes, from the iframe's own origin, in a known shape.
 */
import { parseHeightMessage } from '$lib/embed/messages';

const FLAG = '__chronomapEmbedResize';
const host = window as unknown as Record<string, boolean>;

if (!host[FLAG]) {
	host[FLAG] = true;
	window.addEventListener('message', (event) => {
		const message = parseHeightMessage(event.data);
		if (!message) return;
		for (const frame of document.querySelectorAll<HTMLIFrameElement>(
			'iframe[data-chronomap-embed]'
		)) {
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== event.origin) return;
			frame.style.height = `${message.height}px`;
			frame.setAttribute('height', String(message.height));
			return;
		}
	});
}
