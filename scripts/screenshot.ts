/**
 * `npm run screenshots [path…]`: full-page screenshots of the production build at desktop
 * (1280 px) and phone (375 px) widths, written to screenshots/. Needs `npm run build` first.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const paths =
	process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/stories/otsc-minsk-summit/'];
const widths = { desktop: 1280, phone: 375 };

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
try {
	await new Promise((resolve) => setTimeout(resolve, 2500));
	const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
		(p) => p && existsSync(p)
	);
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu']
	});
	mkdirSync('screenshots', { recursive: true });
	for (const path of paths) {
		for (const [name, width] of Object.entries(widths)) {
			const page = await browser.newPage({
				viewport: { width, height: 900 },
				deviceScaleFactor: 1
			});
			await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
			const file = `screenshots/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${name}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			await page.close();
		}
	}
	await browser.close();
} finally {
	server.kill();
}
