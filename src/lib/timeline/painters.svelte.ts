/**
 * Who paints a timeline: the SVG alone (every mark and count, still or moving), until the
 * canvas layer is there (canvasLayer.ts); from then on the render schedule shares the marks
 * between the two (layers.svelte.ts). Made while the timeline starts.
 */
import { loadCanvasLayer, type CanvasLayer } from './canvasLayer';
import { setTimelineContext, type TimelineContext } from './context';
import type { LayersSource } from './layers.svelte';
import { svgShare, type Layers } from './share';

/** The keys of no mark: without a canvas, the SVG draws them all. */
const NONE: ReadonlySet<number> = new Set();

export interface TimelinePainters {
	readonly Canvas: CanvasLayer['Canvas'] | undefined;
	readonly layers: Layers;
	end(): void;
}

/**
 * `loaded`: the canvas layer, when it is here from the first frame; else it is loaded when
 * `wanted()` first says so. Sets what the SVG's painters read (context.ts).
 */
export function timelinePainters(
	timeline: Omit<LayersSource, 'canvas'> &
		Pick<TimelineContext, 'uid' | 'formatCount'> & { wanted(): boolean },
	loaded: CanvasLayer | undefined
): TimelinePainters {
	let Canvas = $state.raw(loaded?.Canvas);
	const source = { ...timeline, canvas: () => Canvas !== undefined };
	const shown = $derived({
		events: source.events(),
		...svgShare(source.input(), false, NONE, source.t())
	});
	let layers: Layers = $state.raw(
		loaded
			? new loaded.Layers(source)
			: {
					schedule: { held: false, layered: false, moved() {}, destroy() {} },
					inSvg: NONE,
					get shown() {
						return shown;
					}
				}
	);
	setTimelineContext({
		uid: timeline.uid,
		get t() {
			return timeline.t();
		},
		get held() {
			return layers.schedule.held;
		},
		href: (key) => layers.shown.events.href(key),
		name: (key) => layers.shown.events.name(key),
		formatCount: (count) => timeline.formatCount(count)
	});
	/** Ends the layers' effects; null once the timeline has ended. */
	let end: (() => void) | null | undefined;
	$effect(() => {
		if (Canvas || !timeline.wanted()) return;
		void loadCanvasLayer().then((arrived) => {
			if (Canvas || end === null) return;
			// Made outside the timeline's start: their effects need a root of their own.
			end = $effect.root(() => {
				Canvas = arrived.Canvas;
				layers = new arrived.Layers(source);
			});
		});
	});
	return {
		get Canvas() {
			return Canvas;
		},
		get layers() {
			return layers;
		},
		end() {
			layers.schedule.destroy();
			end?.();
			end = null;
		}
	};
}
