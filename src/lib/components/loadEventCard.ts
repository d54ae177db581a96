/**
 * The event card's code, loaded on demand in the embeds' islands, where `LazyEventCard`
 * stands in for it (see vite.islands.config.ts): the page carries no card until the reader
 * reaches for the timeline. The path is relative on purpose: the islands' alias replaces
 * only `$lib/components/EventCard.svelte`.
 */
import type EventCard from '../components/EventCard.svelte';

let card: Promise<typeof EventCard> | undefined;

export function loadEventCard(): Promise<typeof EventCard> {
	card ??= import('../components/EventCard.svelte').then((module) => module.default);
	card.catch(() => (card = undefined));
	return card;
}
