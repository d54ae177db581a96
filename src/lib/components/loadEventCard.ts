/**
 * The event card's code, loaded when first needed: the card shows only once the reader picks
 * an event, so pages and embeds carry it in a chunk of its own (see `LazyEventCard.svelte`).
 * A failed load can be tried again.
 */
import type EventCard from './EventCard.svelte';

let card: Promise<typeof EventCard> | undefined;

export function loadEventCard(): Promise<typeof EventCard> {
	card ??= import('./EventCard.svelte').then((module) => module.default);
	card.catch(() => (card = undefined));
	return card;
}
