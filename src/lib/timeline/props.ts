/** What a timeline takes (see Timeline.svelte). */
import type { Language } from '$lib/i18n';
import type { SelectionCause } from '$lib/state/history';
import type { StoryIndex } from '$lib/story/lookup';
import type { ResolvedStory } from '$lib/story/resolve';
import type { TimeWindow } from './view';

export interface TimelineProps {
	story: ResolvedStory;
	index: StoryIndex;
	language: Language;
	/** The selected event (bindable); the map shares it. */
	selectedEventId?: string | null;
	/** `step`: the arrow keys, Home or End moved the selection (see state/history.ts). */
	onSelectEvent?: (eventId: string | null, cause?: SelectionCause) => void;
	/** Called with the time window in view, after each zoom or pan. */
	onWindowChange?: (window: TimeWindow) => void;
	/** The URL of an event's own page; events link to it. */
	eventHref?: (eventId: string) => string;
	/** The window to open on; by default the summit and what surrounds it. */
	initialWindow?: TimeWindow;
	/** Events to bring forward (those of the state chosen on the map); the others fade. */
	highlightedIds?: ReadonlySet<string>;
	/** A date to mark with a vertical line: the map's date. */
	cursor?: number;
	/** Where an event's passage in the article is, when the page shows the article. */
	passageHref?: (eventId: string) => string;
	/**
	 * The width to draw at before the timeline is measured (the prerendered 960 px by
	 * default). A page that renders the timeline in the browser and knows its width saves
	 * drawing it twice, and gets the canvas for dense views from the first frame.
	 */
	initialWidth?: number;
}
