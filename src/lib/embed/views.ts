/**
 * The registry of embeds: every view a story can be embedded as, and all that is derived
 * from it — the routes `/embed/<story>/<view>/` and their oEmbed responses, the gallery, the
 * embed dialog's choices, the islands the build makes (`vite.islands.config.ts`), the data
 * each page carries and the benchmark's routes (their weight budgets are in budgets.json).
 * Adding a view is an entry here and its component beside `MapEmbed.svelte` (see
 * docs/embedding.md).
 *
 * Plain data, read by the app, the build scripts and the benchmark alike.
 */
import type { Language } from '$lib/i18n-core';

/** The still images made for each story (`/stories/<id>/<image>.svg` and `.png`). */
export const STILL_IMAGES = ['map', 'timeline', 'explorer'] as const;
export type StillImage = (typeof STILL_IMAGES)[number];

export interface EmbedViewInfo {
	/** The view's name, in every language. */
	title: Record<Language, string>;
	/** Its component, in `src/lib/embed/`: it takes `{ data: EmbedData }`. */
	component: string;
	/** What it shows: a map needs the packed shapes, a timeline the cards' details. */
	parts: { map: boolean; timeline: boolean };
	/** Initial frame height in px at a 640 px width, close to what the embed reports. */
	height: number;
	/** The image that stands for the embed: social card, oEmbed thumbnail, gallery. */
	image: StillImage;
	/** What the embed shows in place of the live view without JavaScript. */
	fallback: readonly StillImage[];
}

export const EMBED_VIEW_INFO = {
	map: {
		title: { fr: 'Carte des membres', en: 'Membership map' },
		component: 'MapEmbed.svelte',
		parts: { map: true, timeline: false },
		height: 900,
		image: 'map',
		fallback: ['map']
	},
	timeline: {
		title: { fr: 'Frise chronologique', en: 'Timeline' },
		component: 'TimelineEmbed.svelte',
		parts: { map: false, timeline: true },
		height: 870,
		image: 'timeline',
		fallback: ['timeline']
	},
	explorer: {
		title: { fr: 'Carte et frise', en: 'Map and timeline' },
		component: 'ExplorerEmbed.svelte',
		parts: { map: true, timeline: true },
		height: 1620,
		image: 'explorer',
		fallback: ['map', 'timeline']
	}
} as const satisfies Record<string, EmbedViewInfo>;

export type EmbedView = keyof typeof EMBED_VIEW_INFO;

export const EMBED_VIEWS = Object.keys(EMBED_VIEW_INFO) as EmbedView[];

export function isEmbedView(value: string): value is EmbedView {
	return Object.hasOwn(EMBED_VIEW_INFO, value);
}

export function isStillImage(value: string): value is StillImage {
	return (STILL_IMAGES as readonly string[]).includes(value);
}

/** A view's name in a language: "Carte des membres". */
export function viewTitle(view: EmbedView, language: Language): string {
	return EMBED_VIEW_INFO[view].title[language];
}
