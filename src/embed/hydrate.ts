/**
 * An embed's island: hydrate the prerendered view with the data the page carries, and
 * nothing else (no router, no client-side navigation). The interface strings of the page's
 * language, and of the one the URL asks for, are loaded first.
 */
import { hydrate, type Component } from 'svelte';
import { EMBED_DATA_ID, EMBED_ROOT_ID, type EmbedData } from '$lib/embed/data';
import { loadMessages } from './i18n';

export async function hydrateView(view: Component<{ data: EmbedData }>): Promise<void> {
	const root = document.getElementById(EMBED_ROOT_ID);
	const json = document.getElementById(EMBED_DATA_ID) as HTMLTemplateElement | null;
	if (!root || !json) return;
	const data = JSON.parse(json.content.textContent ?? '') as EmbedData;
	await loadMessages(
		document.documentElement.lang,
		new URLSearchParams(location.search).get('lang')
	);
	hydrate(view, { target: root, props: { data } });
}
