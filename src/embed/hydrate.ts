/**
 * An embed's island: hydrate the prerendered view with the data the page carries, and
 * nothing else (no router, no client-side navigation).
 */
import { hydrate, type Component } from 'svelte';
import { EMBED_DATA_ID, EMBED_ROOT_ID, type EmbedData } from '$lib/embed/data';

export function hydrateView(view: Component<{ data: EmbedData }>): void {
	const root = document.getElementById(EMBED_ROOT_ID);
	const json = document.getElementById(EMBED_DATA_ID) as HTMLTemplateElement | null;
	if (!root || !json) return;
	const data = JSON.parse(json.content.textContent ?? '') as EmbedData;
	hydrate(view, { target: root, props: { data } });
}
