/**
 * The event cards' details (and the card's code), loaded once when the reader first reaches
 * for the timeline, or at once when the embed opens on a selected event, so that the page
 * itself carries only what the marks need. A failed load can be tried again.
 */
import { loadEventCard } from '$lib/components/loadEventCard';
import type { CardDetails } from './trim';

export class CardDetailsLoader {
	details = $state.raw<CardDetails | undefined>();
	failed = $state(false);
	#url: string | undefined;
	#pending: Promise<void> | undefined;

	constructor(url: string | undefined) {
		this.#url = url;
	}

	/** Load the details, and the card's code with them. */
	load(): Promise<void> {
		const url = this.#url;
		if (!url || this.details) return Promise.resolve();
		if (this.#pending) return this.#pending;
		// The card's code comes alongside; a card can show only once both are here.
		const card = loadEventCard().catch(() => undefined);
		const details = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return response.json() as Promise<CardDetails>;
		});
		this.#pending = Promise.all([details, card]).then(
			([loaded]) => {
				this.details = loaded;
				this.failed = false;
			},
			(error: unknown) => {
				console.error(error);
				this.failed = true;
				this.#pending = undefined;
			}
		);
		return this.#pending;
	}

	/**
	 * Load when the reader first points at, touches or tabs into `element` (again after a
	 * failure). Returns a function that stops listening.
	 */
	loadOnReach(element: HTMLElement): () => void {
		const events = ['pointerover', 'touchstart', 'focusin'] as const;
		const stop = () => {
			for (const type of events) element.removeEventListener(type, reach);
		};
		const reach = () => {
			if (!this.#pending) void this.load().then(() => this.details && stop());
		};
		for (const type of events) element.addEventListener(type, reach, { passive: true });
		return stop;
	}
}
