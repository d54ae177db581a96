import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from './history';

type Step = ['commit', string] | ['undo'] | ['redo'];
const run = (steps: Step[], limit?: number): History<string> =>
	steps.reduce(
		(h, step) =>
			step[0] === 'commit' ? commit(h, step[1], limit) : step[0] === 'undo' ? undo(h) : redo(h),
		startHistory('a')
	);

describe('undo and redo', () => {
	it.each<[string, Step[], History<string>, number?]>([
		['nothing done', [], { past: [], present: 'a', future: [] }],
		['one change', [['commit', 'b']], { past: ['a'], present: 'b', future: [] }],
		['undone', [['commit', 'b'], ['undo']], { past: [], present: 'a', future: ['b'] }],
		[
			'undone and redone',
			[['commit', 'b'], ['undo'], ['redo']],
			{ past: ['a'], present: 'b', future: [] }
		],
		['undo with nothing to undo', [['undo']], { past: [], present: 'a', future: [] }],
		[
			'redo with nothing to redo',
			[['commit', 'b'], ['redo']],
			{ past: ['a'], present: 'b', future: [] }
		],
		[
			'a change after an undo drops what was undone',
			[['commit', 'b'], ['commit', 'c'], ['undo'], ['commit', 'd']],
			{ past: ['a', 'b'], present: 'd', future: [] }
		],
		[
			'two undos step back twice',
			[['commit', 'b'], ['commit', 'c'], ['undo'], ['undo']],
			{ past: [], present: 'a', future: ['b', 'c'] }
		],
		['the same value is no step', [['commit', 'a']], { past: [], present: 'a', future: [] }],
		[
			'only the last steps are kept',
			[
				['commit', 'b'],
				['commit', 'c'],
				['commit', 'd']
			],
			{ past: ['b', 'c'], present: 'd', future: [] },
			2
		]
	])('%s', (_, steps, expected, limit) => {
		expect(run(steps, limit)).toEqual(expected);
	});

	it.each<[Step[], boolean, boolean]>([
		[[], false, false],
		[[['commit', 'b']], true, false],
		[[['commit', 'b'], ['undo']], false, true]
	])('after %j: can undo %s, can redo %s', (steps, back, forward) => {
		const h = run(steps);
		expect([canUndo(h), canRedo(h)]).toEqual([back, forward]);
	});
});
