/**
 * Where the timeline's view is and how it moves: its width (measured), the zoom transform
 * over the window it opened on, and the moves a reader asks for (zoom around a point, show a
 * window, bring an event into view, open a count). Created once per timeline, while its
 * component initialises; `attach` gives it the SVG to drag and zoom, and the frame to measure.
 */
import { untrack } from 'svelte';
import type { ResolvedEvent } from '$lib/story/resolve';
import type { CountBin } from './layout';
import { reducedMotion } from '$lib/motion';
import type { TimelineIndex } from './model';
import { timeScale, type TimeScale } from './scale';
import { paddedWindow, zoomExtent, type TimeWindow } from './view';
import {
	attachZoom,
	IDENTITY,
	rescale,
	scaleBy,
	type ZoomHandler,
	type ZoomLimits,
	type ZoomTransform
} from './zoom';

export class TimelineNavigation {
	#model: () => TimelineIndex;
	#window: () => TimeWindow;
	/** The latest transform, ahead of `transform` by at most a frame. */
	#current: ZoomTransform = IDENTITY;
	#behaviour: ZoomHandler | undefined;

	width: number = $state(0);
	transform: ZoomTransform = $state.raw(IDENTITY);
	/** The window the view opens on: the default zoom. */
	readonly initial: TimeWindow;
	/** The whole story, with a margin: the zoomed-out view. */
	readonly everything: TimeWindow;
	readonly base: TimeScale;
	readonly scale: TimeScale;

	constructor(width: number, window: () => TimeWindow, model: () => TimelineIndex) {
		this.width = width;
		this.#model = model;
		this.#window = window;
		this.initial = $derived(this.#window());
		this.everything = $derived(paddedWindow(this.#model().extent));
		this.base = $derived(timeScale(this.initial, [0, this.width]));
		this.scale = $derived(rescale(this.base, this.transform));
		// When the window changes (other events shown, another window asked for), the view
		// goes to the new one, rather than keeping a zoom made for the old one.
		let opened = untrack(() => this.initial);
		$effect.pre(() => {
			const [start, end] = this.initial;
			untrack(() => {
				if (start === opened[0] && end === opened[1]) return;
				opened = [start, end];
				this.#behaviour?.stop();
				this.#current = this.transform = IDENTITY;
			});
		});
	}

	limits = (): ZoomLimits => ({
		scale: zoomExtent(this.initial, this.everything),
		translate: [
			Math.min(0, this.base(this.everything[0])),
			Math.max(this.width, this.base(this.everything[1]))
		],
		width: this.width
	});

	/** Move the view to a transform, animated unless the reader prefers less motion. */
	moveTo(next: ZoomTransform, duration = 300): void {
		this.#behaviour?.to(next, reducedMotion() ? 0 : duration);
	}

	/** The transform the view is at, or is on its way to. */
	heading = (): ZoomTransform => this.#behaviour?.heading() ?? this.#current;

	/** Zoom around a point of the view, within the zoom's limits. */
	zoomAt(factor: number, x: number, duration = 300): void {
		this.moveTo(scaleBy(this.heading(), factor, x, this.limits()), duration);
	}

	/** Zoom around the selected event, else the cursor (the map's date), else the middle. */
	zoomBy(factor: number, selected?: ResolvedEvent, cursor?: number): void {
		// Where things will be once the running animation ends.
		const at = rescale(this.base, this.heading());
		const focus = selected
			? (at(selected.when.start) + at(selected.when.end)) / 2
			: cursor !== undefined
				? at(cursor)
				: NaN;
		this.zoomAt(factor, focus >= 0 && focus <= this.width ? focus : this.width / 2, 250);
	}

	/** Show the window the view opened on, or everything. */
	show(which: 'initial' | 'all'): void {
		const [start, end] = which === 'initial' ? this.initial : this.everything;
		const k = (this.initial[1] - this.initial[0]) / (end - start);
		this.moveTo({ k, x: -this.base(start) * k });
	}

	/** Pan so the event is in view, keeping the zoom. */
	reveal(key: number): void {
		const { start, end } = this.#model().events[key]!.when;
		const x0 = this.scale(start);
		const x1 = this.scale(end);
		if (x1 >= this.width * 0.05 && x0 <= this.width * 0.95) return;
		const centre = Math.max(x0, Math.min(x1, (x0 + x1) / 2));
		this.moveTo({ k: this.transform.k, x: this.transform.x + this.width / 2 - centre });
	}

	/**
	 * A count zooms in on its stretch of time; zoomed in all the way, it gives its first event
	 * (these events share the same time), to open.
	 */
	openCount(lane: number, count: CountBin): number | undefined {
		if (!this.#behaviour) return undefined;
		const [, maxK] = this.limits().scale;
		if (this.transform.k >= maxK * 0.999) return this.#model().lanes[lane]?.keys[count.ranges[0]!];
		this.zoomAt(Math.min(8, maxK / this.transform.k), (count.left + count.right) / 2);
		return undefined;
	}

	/**
	 * Drag and zoom on `svg`, at most one layout per frame however many events the pointer
	 * sends (`moved` after each); the width follows `frame`'s. `measureNow`: the timeline was
	 * prerendered at a default width and is measured at once, so that whatever selects an
	 * event on mount reveals it at the real width. Returns what detaches it all.
	 */
	attach(
		svg: SVGSVGElement,
		frame: HTMLElement,
		moved: () => void,
		measureNow: boolean,
		onMove?: () => void
	): () => void {
		let scheduled = false;
		this.#behaviour = attachZoom(svg, {
			get: () => this.#current,
			set: (next) => {
				this.#current = next;
				onMove?.();
				if (scheduled) return;
				scheduled = true;
				requestAnimationFrame(() => {
					scheduled = false;
					this.transform = this.#current;
					moved();
				});
			},
			limits: this.limits
		});
		const observer = new ResizeObserver(([entry]) => {
			const measured = Math.round(entry?.contentRect.width ?? 0);
			if (measured <= 0 || measured === this.width) return;
			const ratio = measured / this.width;
			this.width = measured;
			// Keep the same time window in view at the new width.
			this.#current = { k: this.#current.k, x: this.#current.x * ratio };
			this.transform = this.#current;
		});
		// The content box, as the observer reports it (the frame's borders are not the
		// timeline's). A page that gave its width is not made to lay out here.
		if (measureNow && frame.clientWidth > 0) this.width = frame.clientWidth;
		observer.observe(frame);
		return () => {
			observer.disconnect();
			this.#behaviour?.destroy();
		};
	}
}
