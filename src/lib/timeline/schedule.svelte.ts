/**
 * When the timeline's SVG draws its marks and when the canvas does: a small state machine.
 *
 * - **resting**: the view is still; the SVG holds the labelled marks as links (all of them,
 *   `share` = Infinity), the canvas (if the view is dense) the others.
 * - **moving**: the view moves (a zoom, a drag, an animation, other events); while a canvas
 *   is there, it draws every mark and the SVG's hold still, hidden (`held`): remaking or
 *   moving a hundred links on every frame is what a frame cannot afford.
 * - **growing**: the view has been still for `REST` ms (or, for other events in a view that
 *   did not move, for a paint): the SVG takes its links back `SHARE_STEP` a frame, then rests.
 *
 * Apart from these, `dense` says whether the view holds so many marks that even at rest the
 * canvas draws the unlabelled ones; it switches with hysteresis, so that a view near the
 * line does not switch on every frame.
 */
import { afterNextPaint } from '$lib/perf';
import { DENSE } from './canvasLayer';

export { DENSE };

export type Phase = 'resting' | 'moving' | 'growing';

/** Marks and counts in view below which a dense view is no longer. */
export const SPARSE = 30;
/** How long the view is still before the SVG takes its marks back. */
export const REST = 300;
/** Labelled marks the SVG takes back per frame. */
export const SHARE_STEP = 40;

/** Whether a view with `drawn` marks and counts is dense, given whether it was. */
export const denseAfter = (wasDense: boolean, drawn: number): boolean =>
	drawn > (wasDense ? SPARSE : DENSE);

/** The clock the schedule runs on: the browser's, or a test's. */
export interface Clock {
	now(): number;
	setTimeout(callback: () => void, ms?: number): unknown;
	clearTimeout(handle: unknown): void;
	requestAnimationFrame(callback: () => void): number;
	cancelAnimationFrame(handle: number): void;
	afterNextPaint(callback: () => void): void;
}

const browserClock: Clock = {
	now: () => performance.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	requestAnimationFrame: (callback) => requestAnimationFrame(callback),
	cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
	afterNextPaint
};

export class RenderSchedule {
	phase: Phase = $state('resting');
	/** How many labelled marks the SVG holds as links; the canvas draws the others, the same. */
	share = $state(Infinity);
	/** A canvas layer is there to draw marks. */
	canvas = $state(false);
	dense = $state(false);
	/** The SVG's marks hold still, hidden, and the canvas draws them all. */
	readonly held = $derived(this.phase === 'moving' && this.canvas);
	/** The canvas draws marks: while the view moves, and at rest in a dense view. */
	readonly layered = $derived(this.held || this.dense);

	#clock: Clock;
	/** How many labelled marks the view has: the share grows until it holds them all. */
	#labelled: () => number;
	#resting: unknown;
	#growing = 0;
	/** When the view last moved: one timer waits for the rest, not a new one per frame. */
	#lastMove = 0;

	constructor(labelled: () => number, clock: Clock = browserClock) {
		this.#labelled = labelled;
		this.#clock = clock;
	}

	/** The view moves: the SVG's marks hold still until it has been still for `REST` ms. */
	moved(): void {
		this.#hold();
		this.#lastMove = this.#clock.now();
		this.#resting ??= this.#clock.setTimeout(() => this.#rest(), REST);
	}

	/**
	 * Other events in a view that does not move: drawn at once on the canvas, and their links
	 * follow as soon as that is painted, not a rest later.
	 */
	replaced(): void {
		this.#hold();
		this.#lastMove = -Infinity;
		// A task later still: what else waits for that paint (a performance mark) goes first.
		this.#clock.afterNextPaint(() => this.#clock.setTimeout(() => this.#rest()));
	}

	/**
	 * The view's count of marks and counts drawn, after a layout: dense or not, with
	 * hysteresis; `fresh` (other events) decides afresh, not from how the previous ones were.
	 */
	measure(drawn: number, fresh: boolean): void {
		const dense = this.canvas && denseAfter(fresh ? false : this.dense, drawn);
		if (dense !== this.dense) this.dense = dense;
	}

	destroy(): void {
		this.#clock.clearTimeout(this.#resting);
		this.#clock.cancelAnimationFrame(this.#growing);
	}

	#hold() {
		if (this.phase !== 'moving') this.phase = 'moving';
		this.#clock.cancelAnimationFrame(this.#growing);
	}

	#rest() {
		this.#clock.clearTimeout(this.#resting);
		this.#resting = undefined;
		if (this.phase !== 'moving') return;
		const still = this.#clock.now() - this.#lastMove;
		if (still < REST) {
			this.#resting = this.#clock.setTimeout(() => this.#rest(), REST - still);
			return;
		}
		this.share = SHARE_STEP;
		this.phase = 'growing';
		this.#grow();
	}

	#grow() {
		this.#growing = this.#clock.requestAnimationFrame(() => {
			if (this.share >= this.#labelled()) {
				this.share = Infinity;
				this.phase = 'resting';
				return;
			}
			this.share += SHARE_STEP;
			this.#grow();
		});
	}
}
