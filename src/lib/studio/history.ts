/**
 * Undo and redo as plain data: the states before the present, the present, and the states
 * undone. Every change is one step; a change after an undo drops what was undone.
 */
export interface History<T> {
	past: T[];
	present: T;
	future: T[];
}

/** How many steps back are kept: enough for a review session, bounded for IndexedDB. */
export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** A new present; the old one becomes the last step back. The same value is no step. */
export function commit<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	return { past: [...history.past, history.present].slice(-limit), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (previous === undefined) return history;
	return {
		past: history.past.slice(0, -1),
		present: previous,
		future: [history.present, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	const [next, ...rest] = history.future;
	if (next === undefined) return history;
	return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;
