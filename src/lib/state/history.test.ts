import { describe, expect, it } from 'vitest';
import { historyAction, type HistoryChange } from './history';

describe('historyAction', () => {
	it.each<[string, HistoryChange, 'push' | 'replace']>([
		[
			'a click on an event',
			{ selectionChanged: true, cause: 'choice', previousCause: 'choice' },
			'push'
		],
		[
			'a click after arrow keys',
			{ selectionChanged: true, cause: 'choice', previousCause: 'step' },
			'push'
		],
		[
			'the first arrow key of a run',
			{ selectionChanged: true, cause: 'step', previousCause: 'choice' },
			'push'
		],
		[
			'the next arrow keys of a run',
			{ selectionChanged: true, cause: 'step', previousCause: 'step' },
			'replace'
		],
		[
			'a new date or window, no new selection',
			{ selectionChanged: false, cause: 'choice', previousCause: 'choice' },
			'replace'
		],
		[
			'an arrow key at the end, nothing moved',
			{ selectionChanged: false, cause: 'step', previousCause: 'step' },
			'replace'
		]
	])('%s → %s', (_, change, expected) => {
		expect(historyAction(change)).toBe(expected);
	});

	it('ten arrow keys after a click leave two entries: the click and the run', () => {
		const causes = ['choice', ...Array<'step'>(10).fill('step')] as const;
		let previousCause: HistoryChange['previousCause'] = 'choice';
		let pushes = 0;
		for (const cause of causes) {
			if (historyAction({ selectionChanged: true, cause, previousCause }) === 'push') pushes++;
			previousCause = cause;
		}
		expect(pushes).toBe(2);
	});
});
