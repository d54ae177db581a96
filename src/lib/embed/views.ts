/**
 * The embeds that exist, and what each needs to be offered: the height its frame opens at
 * (before the embed reports its own) and the static image that stands for it. Adding a view
 * is an entry here, a component in `EMBED_COMPONENTS` (embed route) and an island entry in
 * `vite.islands.config.ts`.
 */
import type { EmbedView } from './code';

export type StaticImage = 'map' | 'timeline';

export interface EmbedViewInfo {
	/** Initial frame height in px at a 640 px width, close to what the embed reports. */
	height: number;
	image: StaticImage;
}

export const EMBED_VIEW_INFO = {
	map: { height: 700, image: 'map' },
	timeline: { height: 540, image: 'timeline' }
} satisfies Partial<Record<EmbedView, EmbedViewInfo>>;

export type AvailableView = keyof typeof EMBED_VIEW_INFO;

export const AVAILABLE_VIEWS = Object.keys(EMBED_VIEW_INFO) as AvailableView[];

export function isAvailableView(value: string): value is AvailableView {
	return Object.hasOwn(EMBED_VIEW_INFO, value);
}
