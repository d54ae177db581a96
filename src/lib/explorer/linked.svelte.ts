/**
 * The explorer's state and what follows from it for the views: the events the filters leave,
 * the selected event's places for the map, the selected state's events for the timeline.
 * One instance per view, next to the `Explorer` whose selection and filters it reads; the
 * explorer embed uses it, and the story page can too.
 */
import type { Explorer } from '$lib/state/explorer.svelte';
import { filterEvents, placeStates } from '$lib/state/filter';
import { indexStory } from '$lib/story/lookup';
import type { ResolvedStory } from '$lib/story/resolve';
import { eventDay, eventHighlight, stateEventIds } from './linked';

export class LinkedViews {
	readonly explorer: Explorer;
	#source: () => ResolvedStory;

	/** The whole story, as its views were given it. */
	story = $derived.by(() => this.#source());
	index = $derived(indexStory(this.story));
	/** The state of each place. */
	states = $derived(placeStates(this.story.places));
	/** The events the filters leave, in a story both views can draw. */
	shown = $derived.by(() => {
		const events = filterEvents(this.story.events, this.story.places, this.explorer);
		return { ...this.story, events };
	});
	selectedEvent = $derived.by(() =>
		this.explorer.event ? this.index.events.get(this.explorer.event) : undefined
	);
	/** The selected event's states and places, for the map to mark and frame. */
	highlight = $derived.by(() =>
		this.selectedEvent ? eventHighlight(this.selectedEvent, this.index, this.states) : undefined
	);
	/** The selected state's events, for the timeline to bring forward. */
	stateEvents = $derived.by(() =>
		this.explorer.country ? stateEventIds(this.explorer.country, this.story) : undefined
	);

	constructor(explorer: Explorer, story: () => ResolvedStory) {
		this.explorer = explorer;
		this.#source = story;
	}

	/** Select an event (or none); the map moves to the world as it was on its first day. */
	selectEvent(id: string | null) {
		this.explorer.event = id;
		const event = id ? this.index.events.get(id) : undefined;
		if (event) this.explorer.date = eventDay(event);
	}
}
