/**
 * In the browser, once a view is hydrated: read the embed's options from its URL, and say
 * when they are applied. The page is prerendered with default options; the inline boot
 * script (see `boot.ts`) hides the view while options that change its content are pending,
 * so the reader never sees it jump from the defaults to the asked-for view.
 */
import { tick } from 'svelte';
import type { ResolvedStory } from '$lib/story/resolve';
import { knownOf } from '$lib/state/url';
import { parseEmbedOptions, type EmbedOptions } from './options';

export function readOptions(story: ResolvedStory): EmbedOptions {
	return parseEmbedOptions(new URLSearchParams(location.search), knownOf(story));
}

/** Show the view once Svelte has drawn the applied options. */
export async function optionsApplied(): Promise<void> {
	await tick();
	delete document.documentElement.dataset.pending;
}
