import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { budgetLine, measureWeight, weightBudgets } from '../bench/weight';

/**
 * The embeds and the story page stay within their weight budgets (budgets.json), measured
 * as the benchmark measures them. Timings are the benchmark's alone. The budgets are set on
 * the first story's routes; every other story's same routes are held to them too.
 */
const BUDGETED = 'otsc-minsk-summit';
const STORIES = readdirSync('data/stories', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

for (const [budgeted, budget] of weightBudgets()) {
	for (const story of STORIES) {
		const route = budgeted.replace(`/${BUDGETED}/`, `/${story}/`);
		if (story !== BUDGETED && route === budgeted) continue;
		test(`${route} stays within its weight budget`, async ({ browser, baseURL }) => {
			const weight = await measureWeight(browser, baseURL!, route);
			const line = budgetLine(route, weight.gzip, budget);
			test.info().annotations.push({ type: 'weight', description: line });
			// Something was measured: the page and its script at least.
			expect(weight.byKind.html?.gzip ?? 0).toBeGreaterThan(0);
			expect(weight.byKind.js?.gzip ?? 0).toBeGreaterThan(0);
			expect(weight.gzip, line).toBeLessThanOrEqual(budget);
		});
	}
}
