/**
 * What a route weighs: every response it loads until the network is idle, raw and gzip -9,
 * by kind. The benchmark reports it; the tests hold it to the budgets in budgets.json.
 */
import type { Browser } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { classify, formatBytes, type ResourceKind } from './stats';

export interface Weight {
	route: string;
	requests: number;
	raw: number;
	gzip: number;
	byKind: Partial<Record<ResourceKind, { raw: number; gzip: number }>>;
}

/**
 * Everything a route loads until the network is idle, with raw and gzip bytes per kind.
 * The browser says which URLs it loads; the bytes are fetched again from the server once
 * per URL, because a preloaded module shows up twice and once with an empty body.
 */
export async function measureWeight(
	browser: Browser,
	base: string,
	route: string
): Promise<Weight> {
	// A fresh context per measurement: nothing comes from the cache.
	const context = await browser.newContext();
	const page = await context.newPage();
	const urls = new Set<string>();
	page.on('request', (request) => {
		if (request.url().startsWith(base)) urls.add(request.url());
	});
	await page.goto(base + route, { waitUntil: 'networkidle' });
	await context.close();
	const weight: Weight = { route, requests: 0, raw: 0, gzip: 0, byKind: {} };
	for (const url of urls) {
		const response = await fetch(url);
		const body = Buffer.from(await response.arrayBuffer());
		const gzip = gzipSync(body, { level: 9 }).length;
		const kind = classify(url, response.headers.get('content-type') ?? '');
		const entry = (weight.byKind[kind] ??= { raw: 0, gzip: 0 });
		entry.raw += body.length;
		entry.gzip += gzip;
		weight.requests += 1;
		weight.raw += body.length;
		weight.gzip += gzip;
	}
	return weight;
}

/** The routes with a weight budget, in bytes gzip, from budgets.json (kept in KB). */
export function weightBudgets(path = 'budgets.json'): Map<string, number> {
	const { weight } = JSON.parse(readFileSync(path, 'utf8')) as { weight: Record<string, number> };
	return new Map(Object.entries(weight).map(([route, kb]) => [route, kb * 1024]));
}

/** The story whose routes budgets.json names: every other story's same routes share them. */
export const BUDGETED_STORY = 'otsc-minsk-summit';

/** The budget of a route, any story's: its own line in budgets.json, else the first story's. */
export function budgetFor(route: string, budgets: Map<string, number>): number | undefined {
	const same = route.replace(/^(\/(?:en\/)?(?:stories|embed)\/)[^/]+\//, `$1${BUDGETED_STORY}/`);
	return budgets.get(route) ?? budgets.get(same);
}

/** The stories of the site: the folders of data/stories. */
export function storyIds(folder = 'data/stories'): string[] {
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/** The story routes the benchmark and the budgets measure, for every given story. */
export function storyRoutes(stories: string[]): string[] {
	return stories.flatMap((id) => [
		`/stories/${id}/`,
		...['map', 'timeline', 'explorer'].map((view) => `/embed/${id}/${view}/`)
	]);
}

/** One line on a route's weight against its budget: the figure, the budget, met or missed. */
export function budgetLine(route: string, gzip: number, budget: number): string {
	const verdict = gzip <= budget ? 'met' : `missed by ${formatBytes(gzip - budget)}`;
	return `${route}: ${formatBytes(gzip)} gzip for a budget of ${formatBytes(budget)}: ${verdict}`;
}
