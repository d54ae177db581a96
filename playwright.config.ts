import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Stops with a clear message when there is none.
 */
function chromiumExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;
	if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
	throw new Error(
		'No Chromium found for the browser tests. Install one of:\n' +
			'  - Debian/Ubuntu: apt-get install -y chromium   (found at /usr/bin/chromium)\n' +
			'  - Playwright’s own: npx playwright install chromium\n' +
			'  - or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
}

const executablePath = chromiumExecutable();
// Set PORT to run several checkouts side by side.
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	// The production build, served as the static files a CDN would serve. A server already on
	// the port (a stale preview of older code) makes the run fail rather than test it, unless
	// PW_REUSE_SERVER=1 asks to reuse it.
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
		timeout: 60_000
	}
});
