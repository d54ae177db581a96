/**
 * `npm run screenshots [path…]`: full-page screenshots of the production build at desktop
 * (1280 px) and phone (375 px) widths, written to screenshots/. Needs `npm run build` first.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { storyIds } from '../bench/weight';
import { CHROMIUM_ARGS, chromiumPath, servePreview } from './serve';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
// Without paths: the home page and every story's page.
const paths =
	process.argv.slice(2).length > 0
		? process.argv.slice(2)
		: ['/', ...storyIds().map((id) => `/stories/${id}/`)];
const widths = { desktop: 1280, phone: 375 };

const server = await servePreview(PORT);
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	mkdirSync('screenshots', { recursive: true });
	for (const path of paths) {
		for (const [name, width] of Object.entries(widths)) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			const file = `screenshots/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${name}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			await page.close();
		}
	}
	await browser.close();
} finally {
	server.close();
}
