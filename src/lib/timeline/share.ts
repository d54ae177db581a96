/**
 * How many links the SVG takes back per frame once the view rests: as many as fit a few
 * milliseconds of the frame, learnt from the frame before (a link costs what the machine
 * makes it cost), within bounds so that one slow or fast frame does not swing it far.
 */
export const SHARE = { first: 10, least: 4, most: 80, budget: 4 };

/** The next frame's batch, after `step` links took `spent` milliseconds. */
export function nextShareStep(step: number, spent: number, limits = SHARE): number {
	if (!(spent > 0)) return Math.min(limits.most, step * 2);
	const fitting = Math.round((step * limits.budget) / spent);
	// At most double or halve from one frame to the next.
	const bounded = Math.max(Math.ceil(step / 2), Math.min(step * 2, fitting));
	return Math.max(limits.least, Math.min(limits.most, bounded));
}
