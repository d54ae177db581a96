import { expect, test } from '@playwright/test';
import { budgetLine, measureWeight, weightBudgets } from '../bench/weight';

/**
 * The embeds and the story page stay within their weight budgets (budgets.json), measured
 * as the benchmark measures them. Timings are the benchmark's alone.
 */
for (const [route, budget] of weightBudgets()) {
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
