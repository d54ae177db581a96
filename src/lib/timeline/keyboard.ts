/**
 * The timeline's keys: what each does, as a pure function of where the selection is. Arrows
 * step from event to event (starting in view), Home and End go to the ends, Enter and Space
 * open the card, + and − zoom, Escape closes the card.
 */
export type KeyAction =
	/** `step`: the arrows, Home or End moved the selection (one history entry for a run). */
	| { kind: 'select'; key: number; open?: true; step?: true }
	| { kind: 'zoom'; factor: number }
	| { kind: 'close' };

export interface KeyContext {
	/** The selected event's key, -1 for none. */
	selected: number;
	/** How many events. */
	count: number;
	/** The first and last events in view (asked only when needed). */
	firstInView: () => number;
	lastInView: () => number;
	cardOpen: boolean;
}

/** What a key does; undefined when the timeline leaves it alone. */
export function keyAction(key: string, at: KeyContext): KeyAction | undefined {
	const last = at.count - 1;
	if (last < 0) return undefined;
	const { selected } = at;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return {
				kind: 'select',
				key: selected < 0 ? at.firstInView() : Math.min(last, selected + 1),
				step: true
			};
		case 'ArrowLeft':
		case 'ArrowUp':
			return {
				kind: 'select',
				key: selected < 0 ? at.lastInView() : Math.max(0, selected - 1),
				step: true
			};
		case 'Home':
			return { kind: 'select', key: 0, step: true };
		case 'End':
			return { kind: 'select', key: last, step: true };
		case 'Enter':
		case ' ':
			return { kind: 'select', key: selected < 0 ? at.firstInView() : selected, open: true };
		case '+':
		case '=':
			return { kind: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 0.5 };
		case 'Escape':
			return at.cardOpen ? { kind: 'close' } : undefined;
		default:
			return undefined;
	}
}
