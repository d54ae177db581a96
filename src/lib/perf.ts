/**
 * Performance marks the benchmark reads (`chronomap:*`, see bench/run.ts). A mark is set
 * once what it names is on screen: after the next frame is painted, not when the DOM changes.
 */

/** Calls `callback` once the next frame has been painted. */
export function afterNextPaint(callback: () => void): void {
	// A task queued from a frame callback runs after that frame's style, layout and paint.
	requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Sets the performance mark `chronomap:<name>` after the next paint. */
export function markAfterPaint(name: string): void {
	if (typeof performance === 'undefined' || typeof requestAnimationFrame !== 'function') return;
	afterNextPaint(() => performance.mark(`chronomap:${name}`));
}
