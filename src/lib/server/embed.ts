/** What an embed page and its oEmbed response are made of, at build time. */
import { error } from '@sveltejs/kit';
import { timelineAlt } from '$lib/embed/alt';
import { embedCode, oembedResponse } from '$lib/embed/code';
import { dataLinks, stillLinks, type EmbedData, type StillLink } from '$lib/embed/data';
import { mapAlt } from '$lib/embed/mapAlt';
import { embedPath, embedUrl } from '$lib/embed/options';
import { storyForView } from '$lib/embed/trim';
import {
	EMBED_VIEW_INFO,
	EMBED_VIEWS,
	viewTitle,
	type EmbedView,
	type StillImage
} from '$lib/embed/views';
import { localized, storyLanguage } from '$lib/i18n';
import type { ResolvedStory } from '$lib/story/resolve';
import { absoluteUrl, SITE_URL } from './site';
import { mapInset } from './map-geometry';
import { still } from './stills';
import { stories, storyById } from './stories';

/** The width an oEmbed consumer should give an embed (it fills any narrower column too). */
const EMBED_WIDTH = 640;

/** A still image of a story with its size. */
export function stillLink(story: ResolvedStory, image: StillImage): StillLink {
	const { width, height } = still(story, image);
	const language = storyLanguage(story);
	const alts = { map: mapAlt(story, language), timeline: timelineAlt(story, language) };
	const alt = image === 'explorer' ? `${alts.map} ${alts.timeline}` : alts[image];
	return { image, ...stillLinks(story.id, image), width, height, alt };
}

export function embedData(story: ResolvedStory, view: EmbedView): EmbedData {
	const base = `/embed/${encodeURIComponent(story.id)}/`;
	return {
		view,
		viewTitle: EMBED_VIEW_INFO[view].title,
		id: `${story.id}-${view}`,
		story: storyForView(story, view),
		links: {
			...dataLinks(story.id),
			image: stillLink(story, EMBED_VIEW_INFO[view].image),
			stills: EMBED_VIEW_INFO[view].fallback.map((image) => stillLink(story, image)),
			...(EMBED_VIEW_INFO[view].parts.map && { geometry: `${base}map.bin` }),
			...(EMBED_VIEW_INFO[view].parts.timeline && { details: `${base}details.json` })
		},
		...(EMBED_VIEW_INFO[view].parts.map && { inset: mapInset(story, 'embed') })
	};
}

/** The embed's title, as the iframe's accessible name and the oEmbed title. */
export function embedTitle(story: ResolvedStory, view: EmbedView): string {
	const language = storyLanguage(story);
	return `${localized(story.title, language)} — ${viewTitle(view, language)}`;
}

/** The code to paste for an embed with its default options. */
export function defaultEmbedCode(story: ResolvedStory, view: EmbedView): string {
	return embedCode({
		src: embedUrl(SITE_URL, story.id, view),
		title: embedTitle(story, view),
		height: EMBED_VIEW_INFO[view].height,
		scriptSrc: absoluteUrl('/embed.js')
	});
}

/** The head of an embed page: canonical URL, oEmbed discovery and the social card. */
export function embedMeta(story: ResolvedStory, view: EmbedView) {
	const image = EMBED_VIEW_INFO[view].image;
	const { width, height } = still(story, image);
	const language = storyLanguage(story);
	return {
		title: embedTitle(story, view),
		description: localized(story.dek, language),
		url: absoluteUrl(embedPath(story.id, view)),
		oembed: absoluteUrl(`${embedPath(story.id, view)}oembed.json`),
		image: absoluteUrl(stillLinks(story.id, image).png),
		imageWidth: width * 2,
		imageHeight: height * 2
	};
}

/** Every story, for the prerendered embed pages and the data files they share. */
export function embedEntries(): { id: string }[] {
	return [...stories().keys()].map((id) => ({ id }));
}

/** Every view of every story, for the prerendered embed pages. */
export function embedViewEntries(): { id: string; view: EmbedView }[] {
	return embedEntries().flatMap(({ id }) => EMBED_VIEWS.map((view) => ({ id, view })));
}

export function embedStory(id: string): ResolvedStory {
	const bundle = storyById(id);
	if (!bundle) error(404, `No story "${id}"`);
	return bundle.resolved;
}

export function loadEmbed(id: string, view: EmbedView) {
	const story = embedStory(id);
	return { embed: embedData(story, view), meta: embedMeta(story, view) };
}

/** The oEmbed response of an embed with its default options (type `rich`). */
export function oembedFor(id: string, view: EmbedView) {
	const story = embedStory(id);
	const meta = embedMeta(story, view);
	return oembedResponse({
		html: defaultEmbedCode(story, view),
		width: EMBED_WIDTH,
		height: EMBED_VIEW_INFO[view].height,
		title: meta.title,
		providerName: 'Chronomap',
		providerUrl: `${SITE_URL}/`,
		thumbnailUrl: meta.image,
		thumbnailWidth: meta.imageWidth,
		thumbnailHeight: meta.imageHeight
	});
}
