/**
 * Which layer paints what, frame by frame: the render schedule (schedule.svelte.ts) fed with
 * each frame, and the SVG's share of the scene it decides (share.ts), held while the view
 * moves. Created with the canvas layer, when a timeline has it or first needs it.
 */
import { untrack } from 'svelte';
import type { Messages } from '$lib/i18n';
import type { EventView } from './events';
import type { TimelineIndex } from './model';
import { RenderSchedule } from './schedule.svelte';
import type { SceneInput } from './scene';
import { drawnCount, labelledCount, NO_KEYS, sameOr, svgKeys } from './layering';
import { svgShare, type Layers, type SvgShare } from './share';
import { sharedScene } from './sharedScene';

export interface LayersSource {
	model(): TimelineIndex;
	input(): SceneInput;
	events(): EventView;
	t(): Messages;
	/** A canvas layer is there. */
	canvas(): boolean;
}

export class TimelineLayers implements Layers {
	readonly schedule: RenderSchedule;
	/** The marks the SVG draws as links; the canvas draws the others. */
	readonly inSvg: ReadonlySet<number>;
	/**
	 * What the SVG shows: taken at rest; while the view moves, held as it was (hidden). State
	 * set by an effect rather than derived, so that a change of view, which reaches it through
	 * dozens of paths, marks nothing inside the lanes for checking on the way.
	 */
	shown: SvgShare & { events: EventView } = $state.raw() as SvgShare & { events: EventView };

	constructor(source: LayersSource) {
		const frame = () => source.input().frame;
		const labelled = $derived(labelledCount(frame()));
		const schedule = (this.schedule = new RenderSchedule(() => labelled));
		// The same keys keep the same set: a share grown to hold every label it held already
		// (the last step of a view coming to rest) redraws neither layer.
		let keys = NO_KEYS;
		this.inSvg = $derived.by(() => {
			const now = schedule.held
				? NO_KEYS
				: svgKeys(frame(), source.input().selectedKey, schedule.share);
			keys = sameOr(keys, now);
			return keys;
		});
		const snapshot = () => ({
			events: source.events(),
			...svgShare(
				source.input(),
				schedule.layered,
				this.inSvg,
				source.t(),
				sharedScene(source.input())
			)
		});
		// The first frame decided at once, as the effects below will for other events: with a
		// canvas from the start, it draws every mark at once and the SVG makes no link until
		// that is painted (links made hidden would only be made again as the share grows).
		let measured = untrack(source.model);
		let replaced = measured;
		untrack(() => {
			schedule.canvas = source.canvas();
			schedule.measure(drawnCount(frame()), true);
			schedule.replaced();
		});
		this.shown = untrack(snapshot);
		$effect.pre(() => {
			schedule.canvas = source.canvas();
		});
		$effect.pre(() => {
			const drawn = drawnCount(frame());
			const model = source.model();
			const fresh = model !== measured;
			measured = model;
			untrack(() => schedule.measure(drawn, fresh));
		});
		// Other events (a filter, another state).
		$effect.pre(() => {
			const model = source.model();
			if (model === replaced) return;
			replaced = model;
			untrack(() => schedule.replaced());
		});
		$effect.pre(() => {
			if (!schedule.held) this.shown = snapshot();
		});
	}
}
