/**
 * How a change of the view enters the browser's history. Back and forward move through the
 * reader's selections; stepping through the timeline with the keyboard is one move however
 * many events it passes, or ten presses would take ten steps back.
 */

/** Where the latest selection came from: an explicit choice (a click, Enter) or a step (an arrow key). */
export type SelectionCause = 'choice' | 'step';

export interface HistoryChange {
	/** The selection (event or state) differs from the one the current entry holds. */
	selectionChanged: boolean;
	cause: SelectionCause;
	/** What made the current entry. */
	previousCause: SelectionCause;
}

/**
 * `push` a new entry for a new selection, except a step that follows a step: that one
 * `replace`s it, so a run of arrow keys is one entry. Anything else (the map's date, the
 * window, the filters) replaces the entry too.
 */
export function historyAction({
	selectionChanged,
	cause,
	previousCause
}: HistoryChange): 'push' | 'replace' {
	if (!selectionChanged) return 'replace';
	return cause === 'step' && previousCause === 'step' ? 'replace' : 'push';
}
