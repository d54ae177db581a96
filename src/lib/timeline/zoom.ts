/**
 * Horizontal zoom and pan for the timeline: the math (pure, tested) and a small pointer,
 * wheel and pinch handler that does what the timeline asked of d3-zoom, in a fraction of its
 * weight. A transform maps the timeline's base scale to the view: x ↦ x × k + x0.
 */
import { timeScale, type TimeScale } from './scale';

export interface ZoomTransform {
	k: number;
	x: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0 };

export interface ZoomLimits {
	/** Least and most zoom. */
	scale: [number, number];
	/** The view may not pan past these base-scale pixels (left and right). */
	translate: [number, number];
	/** The view's width in pixels. */
	width: number;
}

/** The base scale seen through a transform. */
export function rescale(base: TimeScale, { k, x }: ZoomTransform): TimeScale {
	const [r0, r1] = base.range();
	return timeScale(
		[base.invert((r0 - x) / k).getTime(), base.invert((r1 - x) / k).getTime()],
		[r0, r1]
	);
}

/**
 * Keep the view inside the translate extent: centred when the extent is narrower than the
 * view, else pushed back against the nearer edge (d3-zoom's rule, on one axis).
 */
export function constrain(t: ZoomTransform, limits: ZoomLimits): ZoomTransform {
	const [left, right] = limits.translate;
	const dx0 = (0 - t.x) / t.k - left;
	const dx1 = (limits.width - t.x) / t.k - right;
	const shift = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
	return { k: t.k, x: t.x + t.k * shift };
}

const clampScale = (k: number, [min, max]: [number, number]) => Math.max(min, Math.min(max, k));

/** Zoom by a factor around a point of the view (pixels), within the limits. */
export function scaleBy(
	t: ZoomTransform,
	factor: number,
	point: number,
	limits: ZoomLimits
): ZoomTransform {
	const k = clampScale(t.k * factor, limits.scale);
	const anchor = (point - t.x) / t.k;
	return constrain({ k, x: point - anchor * k }, limits);
}

export function panBy(t: ZoomTransform, dx: number, limits: ZoomLimits): ZoomTransform {
	return constrain({ k: t.k, x: t.x + dx }, limits);
}

/**
 * The transform between two others at `progress` (0…1): the edges of the view move in
 * straight lines, so the animation neither overshoots nor swerves.
 */
export function interpolate(
	a: ZoomTransform,
	b: ZoomTransform,
	width: number,
	progress: number
): ZoomTransform {
	const edges = (t: ZoomTransform) => [-t.x / t.k, (width - t.x) / t.k] as const;
	const [a0, a1] = edges(a);
	const [b0, b1] = edges(b);
	const v0 = a0 + (b0 - a0) * progress;
	const v1 = a1 + (b1 - a1) * progress;
	const k = width / (v1 - v0);
	return { k, x: 0 - v0 * k };
}

export interface ZoomHandler {
	/** Go to a transform, animated over `duration` ms (0: at once). */
	to(next: ZoomTransform, duration?: number): void;
	/**
	 * Where the view is going: the end of a running animation (however late its frames),
	 * else where it is. Quick key presses add up from there.
	 */
	heading(): ZoomTransform;
	/** Stop an animation where it is. */
	stop(): void;
	destroy(): void;
}

/**
 * Drag to pan, pinch or Ctrl/⌘ + wheel to zoom, on `element`. The plain wheel is left to the
 * page (it scrolls), and a click that ends a drag does not reach the marks.
 */
export function attachZoom(
	element: SVGSVGElement,
	options: {
		get: () => ZoomTransform;
		set: (t: ZoomTransform) => void;
		limits: () => ZoomLimits;
	}
): ZoomHandler {
	const { get, set, limits } = options;
	const pointers = new Map<number, number>();
	let frame = 0;
	/** The end of the running animation, if one runs. */
	let aim: ZoomTransform | undefined;
	let dragged = false;
	let last: { x: number; spread: number } | undefined;

	const stop = () => {
		cancelAnimationFrame(frame);
		aim = undefined;
	};
	/**
	 * Where the element starts on screen, asked at the start of a gesture and kept while it
	 * lasts: asking on every event would force the browser to lay out the page each time.
	 */
	let left: number | undefined;
	let lastWheel = -Infinity;
	const forget = () => (left = undefined);
	const localX = (clientX: number) => clientX - (left ??= element.getBoundingClientRect().left);
	const gesture = () => {
		const xs = [...pointers.values()];
		const x = xs.reduce((sum, value) => sum + value, 0) / xs.length;
		return { x, spread: xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0 };
	};

	function onpointerdown(event: PointerEvent) {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		stop();
		if (pointers.size === 0) forget();
		pointers.set(event.pointerId, localX(event.clientX));
		if (pointers.size === 1) dragged = false;
		last = gesture();
	}
	function onpointermove(event: PointerEvent) {
		if (!pointers.has(event.pointerId) || !last) return;
		pointers.set(event.pointerId, localX(event.clientX));
		const now = gesture();
		const dx = now.x - last.x;
		const pinch = now.spread > 0 && last.spread > 0 ? now.spread / last.spread : 1;
		// A few pixels of jitter are still a click.
		if (!dragged && Math.abs(dx) < 3 && pinch === 1) return;
		if (!dragged) element.setPointerCapture(event.pointerId);
		dragged = true;
		const t = pinch === 1 ? get() : scaleBy(get(), pinch, now.x, limits());
		set(panBy(t, dx, limits()));
		last = now;
	}
	function onpointerup(event: PointerEvent) {
		pointers.delete(event.pointerId);
		last = pointers.size > 0 ? gesture() : undefined;
	}
	function onclick(event: MouseEvent) {
		if (!dragged) return;
		dragged = false;
		event.stopPropagation();
		event.preventDefault();
	}
	function onwheel(event: WheelEvent) {
		if (!event.ctrlKey && !event.metaKey) return;
		event.preventDefault();
		stop();
		// A new burst of wheel events: the element may have moved since the last one.
		if (event.timeStamp - lastWheel > 250) forget();
		lastWheel = event.timeStamp;
		const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
		set(scaleBy(get(), 2 ** (delta * (event.ctrlKey ? 10 : 1)), localX(event.clientX), limits()));
	}

	element.addEventListener('pointerdown', onpointerdown);
	element.addEventListener('pointermove', onpointermove);
	element.addEventListener('pointerup', onpointerup);
	element.addEventListener('pointercancel', onpointerup);
	element.addEventListener('click', onclick, true);
	element.addEventListener('wheel', onwheel, { passive: false });
	// Scrolling or resizing moves the element.
	addEventListener('scroll', forget, { capture: true, passive: true });
	addEventListener('resize', forget);

	return {
		to(next, duration = 0) {
			stop();
			const from = get();
			if (duration <= 0) {
				set(next);
				return;
			}
			aim = next;
			const { width } = limits();
			const start = performance.now();
			const step = (now: number) => {
				const linear = Math.min(1, (now - start) / duration);
				// Cubic ease in and out, as d3-transition's default.
				const eased = linear < 0.5 ? 4 * linear ** 3 : 1 - (-2 * linear + 2) ** 3 / 2;
				set(linear < 1 ? interpolate(from, next, width, eased) : next);
				if (linear < 1) frame = requestAnimationFrame(step);
				else aim = undefined;
			};
			frame = requestAnimationFrame(step);
		},
		heading: () => aim ?? get(),
		stop,
		destroy() {
			stop();
			element.removeEventListener('pointerdown', onpointerdown);
			element.removeEventListener('pointermove', onpointermove);
			element.removeEventListener('pointerup', onpointerup);
			element.removeEventListener('pointercancel', onpointerup);
			element.removeEventListener('click', onclick, true);
			element.removeEventListener('wheel', onwheel);
			removeEventListener('scroll', forget, { capture: true });
			removeEventListener('resize', forget);
		}
	};
}
