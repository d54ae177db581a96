/**
 * Where the map's labels go so that none hides another, a control or an event place: each
 * label, most important first, takes the first of its candidate placements that is free (of
 * event places if it can be). A label that must show (an absent member, the host) may also
 * stand further off, tied to its point by a leader line. A label with no free placement is
 * left out: labels never cover each other, and the inset and the legend name what is left out.
 */

/** Where a label sits relative to its point; `-far` ones hang on a leader line. */
export type Placement = 'center' | 'below' | 'above' | 'right' | 'left' | 'below-far' | 'above-far';

/** The placements a label that must show tries after its own candidates. */
export const FAR_PLACEMENTS: Placement[] = ['below-far', 'above-far'];

export interface LabelBox {
	id: string;
	/** The label's point, in pixels. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Lower goes first. */
	priority: number;
	candidates: Placement[];
	/** Must show: tries the far placements too (on a leader line) before it is left out. */
	force?: boolean;
}

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Space between a label and its point, or between labels, in pixels. */
export const GAP = 6;
/** Length of a far label's leader line, in pixels. */
export const LEADER = 18;

export function rectOf(label: LabelBox, placement: Placement): Rect {
	const { x, y, width: w, height: h } = label;
	switch (placement) {
		case 'center':
			return { left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 };
		case 'below':
			return { left: x - w / 2, top: y + GAP, right: x + w / 2, bottom: y + GAP + h };
		case 'above':
			return { left: x - w / 2, top: y - GAP - h, right: x + w / 2, bottom: y - GAP };
		case 'right':
			return { left: x + GAP, top: y - h / 2, right: x + GAP + w, bottom: y + h / 2 };
		case 'left':
			return { left: x - GAP - w, top: y - h / 2, right: x - GAP, bottom: y + h / 2 };
		case 'below-far':
			return {
				left: x - w / 2,
				top: y + GAP + LEADER,
				right: x + w / 2,
				bottom: y + GAP + LEADER + h
			};
		case 'above-far':
			return {
				left: x - w / 2,
				top: y - GAP - LEADER - h,
				right: x + w / 2,
				bottom: y - GAP - LEADER
			};
	}
}

const overlaps = (a: Rect, b: Rect) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The placement of each label (null: hidden). Labels never cover each other nor the `hard`
 * obstacles (the map's controls, its inset, its edges); they avoid the `soft` ones (event
 * places) when they can.
 */
export function placeLabels(
	labels: LabelBox[],
	soft: Rect[],
	hard: Rect[] = []
): Map<string, Placement | null> {
	const taken = [...hard];
	const placed = new Map<string, Placement | null>();
	const order = [...labels].sort((a, b) => a.priority - b.priority);
	const freeOf = (label: LabelBox, obstacles: Rect[]) =>
		[...label.candidates, ...(label.force ? FAR_PLACEMENTS : [])].find((placement) => {
			const rect = rectOf(label, placement);
			return !obstacles.some((other) => overlaps(rect, other));
		});
	for (const label of order) {
		const placement = freeOf(label, [...taken, ...soft]) ?? freeOf(label, taken) ?? null;
		placed.set(label.id, placement);
		if (placement) taken.push(rectOf(label, placement));
	}
	return placed;
}

/** Whether two placed rectangles overlap: what the tests check never happens. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
	return overlaps(a, b);
}

/** Four rectangles just outside a `width` × `height` box: as hard obstacles, they keep labels in it. */
export function edgesOf(width: number, height: number, margin = 2): Rect[] {
	const far = 1e6;
	return [
		{ left: -far, top: -far, right: far, bottom: margin },
		{ left: -far, top: height - margin, right: far, bottom: far },
		{ left: -far, top: -far, right: margin, bottom: far },
		{ left: width - margin, top: -far, right: far, bottom: far }
	];
}
