/**
 * The timeline's frame under the pointer and the keyboard: clicks on the SVG's links and
 * counts, and on what the canvas draws (hit-tested); the tooltip naming an unlabelled mark
 * under the pointer; the keys (keyboard.ts). It asks the component, through `host`, for what
 * the current frame shows and what to do.
 */
import { GEOMETRY, type Frame } from './frame';
import { hitTest, type Hit } from './hit';
import { keyAction } from './keyboard';
import type { SelectionCause } from '$lib/state/history';
import type { CountBin } from './layout';
import type { TimelineIndex } from './model';
import { lowerBound, upperBound } from './search';
import type { TimelineNavigation } from './navigation.svelte';

export interface PointerHost {
	model(): TimelineIndex;
	frame(): Frame;
	/** The canvas draws marks: what it shows is hit-tested. */
	layered(): boolean;
	/** The SVG draws this mark (it names itself). */
	inSvg(key: number): boolean;
	selected(): number;
	cardOpen(): boolean;
	/** Select an event; `open` its card. */
	choose(key: number, open?: boolean, cause?: SelectionCause): void;
	closeCard(): void;
	/** Zoom by a factor around the selection (see `TimelineNavigation.zoomBy`). */
	zoom(factor: number): void;
}

export class TimelinePointer {
	/** The unlabelled mark under the pointer, named in a tooltip; where the pointer is on it. */
	hovered: { key: number; x: number; y: number } | undefined = $state.raw();
	shape: 'pointer' | 'zoom-in' | undefined = $state();
	#host: PointerHost;
	#view: TimelineNavigation;
	/** The SVG, for where the pointer is on it. */
	svg: SVGSVGElement | undefined;

	constructor(host: PointerHost, view: TimelineNavigation) {
		this.#host = host;
		this.#view = view;
	}

	/** What the canvas shows under the pointer (the SVG's own elements answer for themselves). */
	#hitAt(event: MouseEvent): Hit | undefined {
		if (!this.#host.layered() || !this.svg) return undefined;
		const box = this.svg.getBoundingClientRect();
		return hitTest(this.#host.frame(), event.clientX - box.left, event.clientY - box.top);
	}

	#openCount(lane: number, count: CountBin) {
		const first = this.#view.openCount(lane, count);
		if (first !== undefined) this.#host.choose(first, true);
	}

	onclick = (event: MouseEvent): void => {
		const target = event.target as Element;
		const mark = target.closest<SVGAElement>('a[data-key]');
		if (mark) {
			event.preventDefault();
			this.#host.choose(Number(mark.dataset.key), true);
			return;
		}
		const element = target.closest<SVGGElement>('g[data-bin]');
		const lane = Number(element?.dataset.lane);
		const bin = Number(element?.dataset.bin);
		const count = this.#host.frame().lanes[lane]?.layout.counts.find((c) => c.bin === bin);
		if (count) return this.#openCount(lane, count);
		const hit = this.#hitAt(event);
		if (hit?.kind === 'mark') {
			this.hovered = undefined;
			this.#host.choose(hit.mark.key, true);
		} else if (hit?.kind === 'count') this.#openCount(hit.lane, hit.count);
	};

	onpointermove = (event: PointerEvent): void => {
		// Not while dragging, and only for the canvas's unlabelled marks: the others say their names.
		const hit = event.buttons ? undefined : this.#hitAt(event);
		this.shape = hit ? (hit.kind === 'mark' ? 'pointer' : 'zoom-in') : undefined;
		if (hit?.kind !== 'mark' || hit.mark.label || this.#host.inSvg(hit.mark.key)) {
			this.hovered = undefined;
			return;
		}
		const { mark, lane } = hit;
		if (this.hovered?.key === mark.key) return;
		const { width } = this.#view;
		const y = this.#host.frame().lanes[lane]!.rowsTop + mark.row * GEOMETRY.row;
		this.hovered = {
			key: mark.key,
			x: Math.max(0, Math.min(width, (mark.left + mark.right) / 2)),
			y
		};
	};

	onpointerleave = (): void => {
		this.hovered = undefined;
		this.shape = undefined;
	};

	onkeydown = (event: KeyboardEvent): void => {
		const model = this.#host.model();
		const { scale, width } = this.#view;
		const last = model.events.length - 1;
		const action = keyAction(event.key, {
			selected: this.#host.selected(),
			count: model.events.length,
			firstInView: () => Math.min(last, lowerBound(model.starts, scale.invert(0).getTime())),
			lastInView: () => Math.max(0, upperBound(model.starts, scale.invert(width).getTime()) - 1),
			cardOpen: this.#host.cardOpen()
		});
		if (!action) return;
		if (action.kind === 'select')
			this.#host.choose(action.key, action.open, action.step ? 'step' : 'choice');
		else if (action.kind === 'zoom') this.#host.zoom(action.factor);
		else this.#host.closeCard();
		event.preventDefault();
	};
}
