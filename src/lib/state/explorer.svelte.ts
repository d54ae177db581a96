/**
 * What the reader is looking at in a story's explorer: the selected event and state, the
 * map's date, the timeline's window and the filters. One instance per page, shared by the
 * map, the timeline, the article and the controls; it reads from and writes to the URL.
 */
import type { EventCategory } from '$lib/story/schema';
import type { Origin } from '$lib/story/resolve';
import type { ViewState } from './url';

export class Explorer {
	event = $state<string | null>(null);
	country = $state<string | undefined>();
	/** The map's date (UTC ms); undefined: the story's default (the summit's day). */
	date = $state<number | undefined>();
	window = $state<[number, number] | undefined>();
	categories = $state<EventCategory[]>([]);
	countries = $state<string[]>([]);
	origins = $state<Origin[]>([]);

	get view(): ViewState {
		return {
			event: this.event ?? undefined,
			country: this.country,
			date: this.date,
			window: this.window,
			categories: this.categories,
			countries: this.countries,
			origins: this.origins
		};
	}

	/** What back and forward move through: the reader's selections. */
	get selection(): string {
		return `${this.event ?? ''}|${this.country ?? ''}`;
	}

	apply(view: ViewState) {
		this.event = view.event ?? null;
		this.country = view.country;
		this.date = view.date;
		this.window = view.window;
		this.categories = [...view.categories];
		this.countries = [...view.countries];
		this.origins = [...view.origins];
	}

	clearFilters() {
		this.categories = [];
		this.countries = [];
		this.origins = [];
	}

	toggle<T>(list: 'categories' | 'countries' | 'origins', value: T) {
		const current = this[list] as T[];
		const next = current.includes(value)
			? current.filter((item) => item !== value)
			: [...current, value];
		(this[list] as T[]) = next;
	}
}
