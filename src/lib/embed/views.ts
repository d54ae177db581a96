/**
 * The embeds that exist, and what each needs to be offered: the height its frame opens at
 * (before the embed reports its own), the still image that stands for it (social card,
 * oEmbed thumbnail, gallery) and the stills shown in its place without JavaScript. Adding a
 * view is an entry here, a component beside `MapEmbed.svelte`, a route beside
 * `src/routes/embed/[id]/map/` and an island entry in `vite.islands.config.ts`.
 */
import type { EmbedView } from './code';

/** The still images made for each story (`/stories/<id>/<image>.svg` and `.png`). */
export const STILL_IMAGES = ['map', 'timeline', 'explorer'] as const;
export type StillImage = (typeof STILL_IMAGES)[number];

export interface EmbedViewInfo {
	/** Initial frame height in px at a 640 px width, close to what the embed reports. */
	height: number;
	/** The image that stands for the embed. */
	image: StillImage;
	/** What the embed shows in place of the live view without JavaScript. */
	fallback: readonly StillImage[];
}

export const EMBED_VIEW_INFO = {
	map: { height: 900, image: 'map', fallback: ['map'] },
	timeline: { height: 870, image: 'timeline', fallback: ['timeline'] },
	explorer: { height: 1620, image: 'explorer', fallback: ['map', 'timeline'] }
} as const satisfies Record<EmbedView, EmbedViewInfo>;

export type AvailableView = keyof typeof EMBED_VIEW_INFO;

export const AVAILABLE_VIEWS = Object.keys(EMBED_VIEW_INFO) as AvailableView[];

export function isAvailableView(value: string): value is AvailableView {
	return Object.hasOwn(EMBED_VIEW_INFO, value);
}

export function isStillImage(value: string): value is StillImage {
	return (STILL_IMAGES as readonly string[]).includes(value);
}
