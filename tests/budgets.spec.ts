import { expect, test } from '@playwright/test';
import {
	budgetFor,
	budgetLine,
	measureWeight,
	storyIds,
	storyRoutes,
	weightBudgets
} from '../bench/weight';

/**
 * The embeds and the story page stay within their weight budgets (budgets.json), measured
 * as the benchmark measures them. Timings are the benchmark's alone. The budgets are set on
 * the first story's routes; every other story's same routes are held to them too.
 */
const budgets = weightBudgets();
const routes = [...new Set([...budgets.keys(), ...storyRoutes(storyIds())])];

for (const route of routes) {
	const budget = budgetFor(route, budgets);
	if (budget === undefined) continue;
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
