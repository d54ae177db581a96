/**
 * The timeline's canvas layer, loaded apart: only a story with enough events to ever be dense
 * needs it, and an article's few dozen never are. A page that draws a big story itself can
 * load it first, so that the timeline has it from its first frame.
 */
import type TimelineCanvas from './TimelineCanvas.svelte';

export type CanvasLayer = typeof TimelineCanvas;

let loaded: CanvasLayer | undefined;

/** The layer if it is here already. */
export const loadedCanvasLayer = (): CanvasLayer | undefined => loaded;

export async function loadCanvasLayer(): Promise<CanvasLayer> {
	loaded ??= (await import('./TimelineCanvas.svelte')).default;
	return loaded;
}
