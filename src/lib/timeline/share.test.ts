import { describe, expect, it } from 'vitest';
import { nextShareStep, SHARE } from './share';

describe('nextShareStep', () => {
	it.each([
		['on budget: the same', 10, 4, 10],
		['half the budget: twice as many', 10, 2, 20],
		['a tenth of the budget: at most twice as many', 10, 0.4, 20],
		['twice the budget: half as many', 20, 8, 10],
		['ten times the budget: at most halved', 40, 40, 20],
		['never below the least', 4, 40, SHARE.least],
		['never above the most', 60, 1, SHARE.most],
		['no time measured: twice as many', 10, 0, 20],
		['a clock that went back: twice as many', 10, -1, 20],
		['a little over budget: a little fewer', 12, 5, 10]
	])('%s', (_, step, spent, next) => {
		expect(nextShareStep(step, spent)).toBe(next);
	});
});
