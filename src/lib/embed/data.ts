/**
 * What an embed page hands to its view: the story cut down to what that view shows, and the
 * links of its footer. It is serialized into the page and read back by the view's island, so
 * it is plain JSON.
 */
import type { ResolvedStory } from '$lib/story/resolve';
import type { AvailableView } from './views';

export interface EmbedLinks {
	/** The full story page. */
	story: string;
	json: string;
	csv: string;
	geojson: string;
	svg: string;
	png: string;
}

export interface EmbedData {
	view: AvailableView;
	/** The embed's id in the resize messages: `<story>-<view>`. */
	id: string;
	story: ResolvedStory;
	links: EmbedLinks;
	image: { width: number; height: number };
}

/** The element that holds the hydrated view, and the template that carries its data. */
export const EMBED_ROOT_ID = 'chronomap-embed';
export const EMBED_DATA_ID = 'chronomap-embed-data';

/** Root-relative links of a story's pages and files (the embed is served from the same site). */
export function storyLinks(storyId: string, image: 'map' | 'timeline'): EmbedLinks {
	const base = `/stories/${encodeURIComponent(storyId)}/`;
	return {
		story: base,
		json: `${base}story.json`,
		csv: `${base}events.csv`,
		geojson: `${base}places.geojson`,
		svg: `${base}${image}.svg`,
		png: `${base}${image}.png`
	};
}
