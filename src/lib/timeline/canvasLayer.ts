/**
 * The timeline's canvas layer and the render schedule that shares the marks between it and
 * the SVG (layers.svelte.ts), loaded apart: only a story with enough events to ever be dense
 * needs them, and an article's few dozen never are. A page that draws a big story itself can
 * load them first, so that the timeline has them from its first frame.
 */
import type TimelineCanvas from './TimelineCanvas.svelte';
import type { TimelineLayers } from './layers.svelte';

/** Marks and counts in view past which the view is dense: fewer events never make one. */
export const DENSE = 60;

export interface CanvasLayer {
	Canvas: typeof TimelineCanvas;
	Layers: typeof TimelineLayers;
}

let loaded: CanvasLayer | undefined;

/** The layer if it is here already. */
export const loadedCanvasLayer = (): CanvasLayer | undefined => loaded;

export async function loadCanvasLayer(): Promise<CanvasLayer> {
	if (loaded) return loaded;
	const [canvas, layers] = await Promise.all([
		import('./TimelineCanvas.svelte'),
		import('./layers.svelte')
	]);
	loaded ??= { Canvas: canvas.default, Layers: layers.TimelineLayers };
	return loaded;
}
