/**
 * What an embed page hands to its view: the story cut down to what that view shows, and the
 * links of its footer. It is serialized into the page and read back by the view's island, so
 * it is plain JSON.
 */
import type { Language } from '$lib/i18n';
import { serializeViewState, type ViewState } from '$lib/state/url';
import type { InsetGeometry } from '$lib/map/inset';
import type { ResolvedStory } from '$lib/story/resolve';
import type { EmbedView, StillImage } from './views';

export interface StillLink {
	image: StillImage;
	svg: string;
	png: string;
	width: number;
	height: number;
	/** Its text alternative, in the story's language: made at build time, for the page without JavaScript. */
	alt: string;
}

export interface EmbedLinks {
	json: string;
	csv: string;
	geojson: string;
	/** The still image that stands for the embed, offered for download. */
	image: StillLink;
	/** The stills the embed shows in place of the live view without JavaScript. */
	stills: StillLink[];
	/** The map's shapes, made for embeds (views with a map). */
	geometry?: string;
	/** What the event cards need beyond the timeline's marks (views with a timeline). */
	details?: string;
}

export interface EmbedData {
	view: EmbedView;
	/** The view's name in every language (from the registry, so that no island loads it). */
	viewTitle: Record<Language, string>;
	/** The embed's id in the resize messages: `<story>-<view>`. */
	id: string;
	story: ResolvedStory;
	links: EmbedLinks;
	/** The map's inset (views with a map, when the story's focus is too small to read). */
	inset?: InsetGeometry;
}

/** The element that holds the hydrated view, and the template that carries its data. */
export const EMBED_ROOT_ID = 'chronomap-embed';
export const EMBED_DATA_ID = 'chronomap-embed-data';

const storyBase = (storyId: string) => `/stories/${encodeURIComponent(storyId)}/`;

/** Root-relative links of a story's data files (the embed is served from the same site). */
export function dataLinks(storyId: string): Pick<EmbedLinks, 'json' | 'csv' | 'geojson'> {
	const base = storyBase(storyId);
	return { json: `${base}story.json`, csv: `${base}events.csv`, geojson: `${base}places.geojson` };
}

/** A still image of a story, as SVG and PNG. */
export function stillLinks(storyId: string, image: StillImage): Pick<StillLink, 'svg' | 'png'> {
	const base = storyBase(storyId);
	return { svg: `${base}${image}.svg`, png: `${base}${image}.png` };
}

/**
 * The full story page in a language, opening on the given view (the embed's selection and
 * filters), with a trailing slash as the site serves its pages.
 */
export function storyHref(storyId: string, language: Language, view?: ViewState): string {
	const query = view ? serializeViewState(view).toString() : '';
	return `${language === 'fr' ? '' : `/${language}`}${storyBase(storyId)}${query ? `?${query}` : ''}`;
}

/** An event's own page on the full site, in a language. */
export function eventHref(storyId: string, eventId: string, language: Language): string {
	return `${storyHref(storyId, language)}events/${encodeURIComponent(eventId)}/`;
}
