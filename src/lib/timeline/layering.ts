/**
 * What the render schedule needs to know of a frame: how many marks it draws and labels, and
 * which of them the SVG keeps as links while the canvas draws the others. Loaded with the
 * canvas layer (canvasLayer.ts).
 */
import type { Frame } from './frame';

/** No marks: the SVG's while the view moves. */
export const NO_KEYS: ReadonlySet<number> = new Set();

/** The marks the SVG draws as links when the canvas draws the others. */
export function svgKeys(frame: Frame, selectedKey: number, share: number): Set<number> {
	const keys = new Set<number>();
	if (selectedKey >= 0) keys.add(selectedKey);
	let shown = 0;
	for (const lane of frame.lanes)
		for (const mark of lane.layout.marks) if (mark.label && shown++ < share) keys.add(mark.key);
	return keys;
}

/** `keys`, or `before` when it holds the same keys: what the layers paint has not changed. */
export function sameOr(
	before: ReadonlySet<number>,
	keys: ReadonlySet<number>
): ReadonlySet<number> {
	if (before.size !== keys.size) return keys;
	for (const key of keys) if (!before.has(key)) return keys;
	return before;
}

/** How many labelled marks a frame has. */
export function labelledCount(frame: Frame): number {
	let labelled = 0;
	for (const lane of frame.lanes) for (const mark of lane.layout.marks) if (mark.label) labelled++;
	return labelled;
}

/** How many marks and counts a frame draws: what makes a view dense. */
export function drawnCount(frame: Frame): number {
	let drawn = 0;
	for (const lane of frame.lanes) drawn += lane.layout.marks.length + lane.layout.counts.length;
	return drawn;
}
