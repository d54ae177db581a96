/**
 * The Content-Security-Policy: every kind of page has one, it refuses inline scripts but its
 * own (by hash), and the pages work under it without a single violation: the map drawn, the
 * timeline and its cards, the embeds, the embed dialog's preview. The frame-ancestors header
 * (static/_headers, which `vite preview` sends as the host would) lets only embeds be framed.
 */
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../scripts/serve';

const STORY = 'otsc-minsk-summit';

interface Watch {
	/** CSP violations the page reported, and console errors. */
	problems: () => Promise<string[]>;
}

/** Record every CSP violation (in the page and its frames) and console error from the start. */
async function watch(page: Page): Promise<Watch> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') console.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`)
		);
	});
	return {
		problems: async () => {
			const reported = await Promise.all(
				page
					.frames()
					.map((frame) =>
						frame
							.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
							.catch(() => [] as string[])
					)
			);
			return [...reported.flat().map((v) => `csp: ${v}`), ...console];
		}
	};
}

/** The page's policy, from its <meta>, as directive → sources. */
async function policy(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'a CSP <meta>').toBeTruthy();
	return new Map(
		content!.split(';').map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			return [name!, sources];
		})
	);
}

/** What every page's policy must say. */
async function expectStrictPolicy(page: Page) {
	const csp = await policy(page);
	expect(csp.get('default-src')).toEqual(["'self'"]);
	expect(csp.get('object-src')).toEqual(["'none'"]);
	expect(csp.get('base-uri')).toEqual(["'self'"]);
	for (const directive of ['script-src', 'style-src']) {
		const sources = csp.get(directive)!;
		expect(sources[0]).toBe("'self'");
		expect(sources.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(
			true
		);
	}
	expect(csp.get('img-src')).toEqual(["'self'"]);
	// Every inline script of the page is one the policy names by its hash.
	const inline = await page.locator('script:not([src])').count();
	expect(csp.get('script-src')!.length - 1).toBeGreaterThanOrEqual(inline > 0 ? 1 : 0);
	expect(await page.evaluate(() => document.querySelectorAll('meta[http-equiv]').length)).toBe(1);
}

test.describe('Content-Security-Policy', () => {
	// Each test walks through several pages or views.
	test.slow();
	test('the story page works under its policy: map, timeline, card, embed dialog', async ({
		page
	}) => {
		const seen = await watch(page);
		const response = await page.goto(`/stories/${STORY}/`);
		expect(response!.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(response!.headers()['x-frame-options']).toBe('DENY');
		await expectStrictPolicy(page);
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(map.getByRole('button', { name: /^Arménie — / })).toBeVisible();
		await expect(map.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
		// The embed dialog previews the embed in a frame of the site.
		await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Intégrer dans votre page' });
		await dialog.getByRole('radio', { name: 'Carte et frise' }).check();
		const preview = dialog.frameLocator('iframe');
		await expect(preview.getByRole('button', { name: /^Arménie — / })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		const timeline = page.getByRole('application', { name: 'Frise chronologique des événements' });
		await timeline
			.getByRole('link', { name: /^Sommet de l’OTSC à Minsk/ })
			.first()
			.click();
		await expect(
			page.locator('#timeline').getByRole('article', { name: 'Sommet de l’OTSC à Minsk' })
		).toBeVisible();
		expect(await seen.problems()).toEqual([]);
	});

	test('the event page, the home pages and the embed gallery have it too', async ({ page }) => {
		const seen = await watch(page);
		for (const path of [
			`/stories/${STORY}/events/minsk-summit/`,
			`/en/stories/${STORY}/`,
			'/',
			'/en/',
			'/embed/'
		]) {
			const response = await page.goto(path);
			expect(response!.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
			await expectStrictPolicy(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		expect(await seen.problems()).toEqual([]);
	});

	for (const view of ['map', 'timeline', 'explorer'] as const) {
		test(`the ${view} embed works under its policy, its boot script allowed by hash`, async ({
			page
		}) => {
			const seen = await watch(page);
			const response = await page.goto(`/embed/${STORY}/${view}/?lang=en&theme=dark`);
			expect(response!.headers()['content-security-policy']).toBe('frame-ancestors *');
			expect(response!.headers()['x-frame-options']).toBeUndefined();
			await expectStrictPolicy(page);
			// The boot script ran: it applies the theme before the first paint.
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			// It comes right after the policy, so the policy covers it.
			expect(
				await page.evaluate(
					() =>
						document.querySelector('meta[http-equiv="content-security-policy"]')?.nextElementSibling
							?.tagName
				)
			).toBe('SCRIPT');
			if (view !== 'timeline') {
				await expect(page.locator('path[data-state]').first()).toBeVisible();
			}
			if (view !== 'map') {
				await page.getByRole('link', { name: /^CSTO summit in Minsk/ }).click();
				await expect(page.getByRole('article', { name: 'CSTO summit in Minsk' })).toBeVisible();
				await expect(
					page.getByRole('article', { name: 'CSTO summit in Minsk' }).getByRole('blockquote')
				).not.toHaveCount(0);
			}
			expect(await seen.problems()).toEqual([]);
		});
	}

	test('the synthetic timeline draws its canvas under the policy', async ({ page }) => {
		const seen = await watch(page);
		await page.goto('/dev/synthetic/?n=1000&seed=1');
		await expectStrictPolicy(page);
		await expect(page.locator('canvas').first()).toBeVisible();
		expect(await seen.problems()).toEqual([]);
	});
});

test.describe('framing', () => {
	// One worker, one host page: served from another origin than the site (another port).
	test.describe.configure({ mode: 'serial' });
	let server: Server;
	let host: string;
	test.beforeAll(async ({ baseURL }) => {
		const port = await freePort();
		host = `http://127.0.0.1:${port}`;
		server = createServer((request, response) => {
			const path = new URL(request.url!, 'http://host').searchParams.get('path')!;
			response
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><title>Host</title><iframe src="${baseURL}${path}" title="framed" width="600" height="400"></iframe>`
				);
		});
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	});
	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	for (const [path, framed] of [
		[`/embed/${STORY}/map/`, true],
		[`/embed/${STORY}/timeline/`, true],
		[`/stories/${STORY}/`, false],
		['/', false],
		['/embed/', false]
	] as const) {
		test(`${path} ${framed ? 'may' : 'may not'} be framed by another site`, async ({ page }) => {
			const seen = await watch(page);
			await page.goto(`${host}/?path=${encodeURIComponent(path)}`);
			const frame = page.frameLocator('iframe[title="framed"]');
			if (framed) {
				await expect(frame.getByRole('heading', { level: 1 })).toBeAttached();
				expect(await seen.problems()).toEqual([]);
			} else {
				// Chromium shows its own error page in the frame instead.
				await expect
					.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://')))
					.toBe(true);
				await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
			}
		});
	}
});
