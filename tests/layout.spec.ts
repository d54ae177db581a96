import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/**
 * Layout survives any text: on the fixture site (`npm run build:fixtures`), whose story has a
 * word of 3,000 characters in every text, no page scrolls sideways, on a desktop or a phone.
 */
const ROOT = '.svelte-kit-fixtures/build';
const STORY = 'long-words';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.bin': 'application/octet-stream'
};

let server: Server;
let base = '';

test.beforeAll(async () => {
	if (!existsSync(`${ROOT}/index.html`))
		throw new Error(`No fixture site in ${ROOT}/: run npm run build:fixtures first.`);
	// The fixture site, served as static files on a port of the system's choosing.
	server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
		let file = join(ROOT, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(ROOT) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response
			.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
			.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ROUTES = [
	'/',
	'/en/',
	`/stories/${STORY}/`,
	`/stories/${STORY}/?event=summit&country=BLR`,
	`/en/stories/${STORY}/events/summit/`,
	`/stories/${STORY}/events/treaty/`,
	'/embed/',
	`/embed/${STORY}/map/?country=BLR`,
	`/embed/${STORY}/timeline/?event=summit`,
	`/embed/${STORY}/explorer/?event=summit&country=BLR`
];

for (const width of [1280, 375]) {
	test.describe(`${width} px wide`, () => {
		test.use({ viewport: { width, height: 800 } });
		for (const route of ROUTES) {
			test(`${route} does not scroll sideways`, async ({ page }) => {
				await page.goto(base + route, { waitUntil: 'networkidle' });
				// The long word is on the page, and the page is drawn.
				await expect(page.getByText(/(Longword){20}/).first()).toBeAttached();
				await expect(page.locator('html')).not.toHaveAttribute('data-pending');
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${route} is ${overflow} px wider than the window`).toBeLessThanOrEqual(0);
			});
		}
	});
}
