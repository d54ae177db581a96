import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor, budgetLine, storyRoutes, weightBudgets } from './weight';

describe('weightBudgets', () => {
	it('reads the budgets in KB and gives bytes', () => {
		const path = join(mkdtempSync(join(tmpdir(), 'budgets-')), 'budgets.json');
		writeFileSync(path, JSON.stringify({ $comment: 'x', weight: { '/a/': 48, '/b/': 0.5 } }));
		expect([...weightBudgets(path)]).toEqual([
			['/a/', 49_152],
			['/b/', 512]
		]);
	});

	it('holds the embeds, the story page and the studio in the repository', () => {
		expect([...weightBudgets().keys()].sort()).toEqual([
			'/embed/otsc-minsk-summit/explorer/',
			'/embed/otsc-minsk-summit/map/',
			'/embed/otsc-minsk-summit/timeline/',
			'/stories/otsc-minsk-summit/',
			'/studio/'
		]);
	});
});

describe('budgetLine', () => {
	it.each([
		[40_000, 49_152, '/e/: 39.1 KB gzip for a budget of 48.0 KB: met'],
		[49_152, 49_152, '/e/: 48.0 KB gzip for a budget of 48.0 KB: met'],
		[51_200, 49_152, '/e/: 50.0 KB gzip for a budget of 48.0 KB: missed by 2.0 KB']
	])('%i bytes, budget %i → %s', (gzip, budget, expected) => {
		expect(budgetLine('/e/', gzip, budget)).toBe(expected);
	});
});

describe('budgetFor', () => {
	const budgets = new Map([
		['/stories/otsc-minsk-summit/', 200],
		['/embed/otsc-minsk-summit/map/', 96]
	]);
	it.each([
		['/stories/otsc-minsk-summit/', 200],
		['/stories/asean-vientiane-summit/', 200],
		['/embed/asean-vientiane-summit/map/', 96],
		['/embed/asean-vientiane-summit/timeline/', undefined],
		['/', undefined]
	])('%s → %s', (route, budget) => expect(budgetFor(route, budgets)).toBe(budget));
});

describe('storyRoutes', () => {
	it('gives each story its page and its three embeds', () => {
		expect(storyRoutes(['a', 'b'])).toEqual([
			'/stories/a/',
			'/embed/a/map/',
			'/embed/a/timeline/',
			'/embed/a/explorer/',
			'/stories/b/',
			'/embed/b/map/',
			'/embed/b/timeline/',
			'/embed/b/explorer/'
		]);
	});
});
