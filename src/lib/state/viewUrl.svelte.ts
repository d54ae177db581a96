import { untrack } from 'svelte';
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { TimeWindow } from '$lib/timeline/view';
import type { Explorer } from './explorer.svelte';
import { historyAction, type SelectionCause } from './history';
import { parseViewState, serializeViewState, type Known } from './url';

/**
 * The view lives in the URL: a link restores it, back and forward move through selections.
 * Made while a page component starts (it registers the page's router hooks and effects).
 */
export function syncViewWithUrl(explorer: Explorer, known: () => Known) {
	let ready = $state(false);
	let openingWindow: TimeWindow | undefined = $state();
	let lastSelection = '';
	/** What made the selection the history is about to take in, and the one it holds. */
	let cause: SelectionCause = 'choice';
	let previousCause: SelectionCause = 'choice';

	// Once the router has started (writing the URL earlier would fail), read the view from it.
	afterNavigate(() => {
		if (ready) return;
		const view = parseViewState(page.url.searchParams, known());
		explorer.apply(view);
		openingWindow = view.window;
		lastSelection = explorer.selection;
		ready = true;
	});

	$effect(() => {
		const query = serializeViewState(explorer.view).toString();
		const selection = explorer.selection;
		if (!ready) return;
		untrack(() => {
			if (query === location.search.slice(1)) return;
			const url = query ? `?${query}` : page.url.pathname;
			const selectionChanged = selection !== lastSelection;
			// Shallow routing on this very page: only the query changes.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (historyAction({ selectionChanged, cause, previousCause }) === 'push') pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
			if (selectionChanged) previousCause = cause;
			cause = 'choice';
			lastSelection = selection;
		});
	});

	// Back and forward: the URL changed under the page; the view follows it. After a shallow
	// history step `page.url` is the page's own URL, so the query is read from `location`.
	$effect(() => {
		void page.url;
		void page.state;
		if (!ready) return;
		untrack(() => {
			const search = location.search;
			if (search.slice(1) === serializeViewState(explorer.view).toString()) return;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never kept
			const view = parseViewState(new URLSearchParams(search), known());
			explorer.apply({ ...view, window: explorer.window });
			lastSelection = explorer.selection;
			// After back or forward, the next arrow key starts a run of its own.
			previousCause = 'choice';
		});
	});

	// The window goes into the URL once the reader has moved it, not the one the page opens on.
	let windowTimer: ReturnType<typeof setTimeout> | undefined;
	let openedOn: TimeWindow | undefined;

	return {
		/** The window the URL opened the page on. */
		get openingWindow() {
			return openingWindow;
		},
		/** Says what is about to change the selected event, before it changes. */
		selecting(id: string | null, how: SelectionCause) {
			if (id !== explorer.event) cause = how;
		},
		onWindowChange(window: TimeWindow) {
			clearTimeout(windowTimer);
			windowTimer = setTimeout(() => {
				if (!ready) return;
				openedOn ??= window;
				const moved = Math.abs(window[0] - openedOn[0]) + Math.abs(window[1] - openedOn[1]);
				if (moved > (openedOn[1] - openedOn[0]) / 100) explorer.window = window;
			}, 400);
		}
	};
}
