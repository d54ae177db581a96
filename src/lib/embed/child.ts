/**
 * Inside an embed: tell the page around it how tall the embed is, whenever that changes.
 * Heights are not secret, so they go to any parent; the parent checks who sent them.
 */
import { heightMessages } from './messages';

/** Start reporting; returns a function that stops. Does nothing outside an iframe. */
export function reportHeight(
	embedId: string,
	root: HTMLElement = document.documentElement
): () => void {
	if (window.parent === window) return () => {};
	// pym.js parents pass their id in the iframe's URL.
	const pymId = new URLSearchParams(location.search).get('childId') ?? undefined;
	let last = -1;
	const send = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const message of heightMessages(height, embedId, pymId))
			window.parent.postMessage(message, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	send();
	return () => observer.disconnect();
}
