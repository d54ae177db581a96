/**
 * Where the map's labels go so that none hides another or an event place: each label, most
 * important first, takes the first of its candidate placements that is free (of event places
 * if it can be); a label with no free placement is hidden, unless it must show (an absent
 * member), then it stays centred.
 */

/** Where a label sits relative to its point. */
export type Placement = 'center' | 'below' | 'above' | 'right' | 'left';

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
	/** Shown even where it overlaps. */
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
	}
}

const overlaps = (a: Rect, b: Rect) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The placement of each label (null: hidden). Labels never cover each other nor the `hard`
 * obstacles (the map's controls); they avoid the `soft` ones (event places) when they can.
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
		label.candidates.find((placement) => {
			const rect = rectOf(label, placement);
			return !obstacles.some((other) => overlaps(rect, other));
		});
	for (const label of order) {
		const free = freeOf(label, [...taken, ...soft]) ?? freeOf(label, taken);
		const placement = free ?? (label.force ? label.candidates[0]! : null);
		placed.set(label.id, placement);
		if (placement) taken.push(rectOf(label, placement));
	}
	return placed;
}
