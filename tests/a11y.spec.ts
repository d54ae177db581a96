import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * axe with the WCAG 2.2 A and AA rules on every route, in light and dark, in French and
 * English. The site follows the reader's system (`prefers-color-scheme`); an embed follows
 * its `theme` option.
 */
const STORY = 'otsc-minsk-summit';
const SITE = {
	home: (lang: string) => (lang === 'en' ? '/en/' : '/'),
	story: (lang: string) => `${lang === 'en' ? '/en' : ''}/stories/${STORY}/`,
	event: (lang: string) => `${lang === 'en' ? '/en' : ''}/stories/${STORY}/events/minsk-summit/`,
	gallery: (lang: string) => `/embed/${lang === 'en' ? '?lang=en' : ''}`
};
const EMBEDS = ['map', 'timeline', 'explorer'] as const;

for (const lang of ['fr', 'en'] as const) {
	for (const theme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${theme}`, () => {
			test.use({ colorScheme: theme });

			for (const [route, path] of Object.entries(SITE)) {
				test(`${route} page has no WCAG 2.2 AA violation`, async ({ page }) => {
					// A long page for axe to walk: give it the time a busy machine needs.
					test.slow();
					await page.goto(path(lang), { waitUntil: 'networkidle' });
					// The story's notes are walked open.
					if (route === 'story')
						await page
							.getByText(lang === 'en' ? 'Notes on the text' : 'Notes sur le texte')
							.click();
					expect(await axeViolations(page)).toEqual([]);
				});
			}

			for (const view of EMBEDS) {
				test(`${view} embed has no WCAG 2.2 AA violation`, async ({ page }) => {
					test.slow();
					const query = new URLSearchParams({ theme });
					if (lang === 'en') query.set('lang', 'en');
					await page.goto(`/embed/${STORY}/${view}/?${query}`, { waitUntil: 'networkidle' });
					await expect(page.locator('html')).not.toHaveAttribute('data-pending');
					// Light is the embed's default: only dark (or auto) is marked on the page.
					const root = page.locator('html');
					if (theme === 'dark') await expect(root).toHaveAttribute('data-theme', 'dark');
					else await expect(root).not.toHaveAttribute('data-theme');
					expect(await axeViolations(page)).toEqual([]);
				});
			}
		});
	}
}

/**
 * Walks the page with the Tab key, from the top until the focus comes round again (or from
 * the start of `within` until it leaves it): how many stops, and every one that has no
 * accessible name or is hidden from assistive technology.
 */
async function tabStops(
	page: Page,
	within = 'body'
): Promise<{ stops: number; problems: string[] }> {
	if (within !== 'body') {
		// The walk starts from a stop put at the top of the region.
		const start = { tabIndex: 0, id: 'walk-start' };
		await page
			.locator(within)
			.evaluate(
				(e, start) => e.prepend(Object.assign(document.createElement('span'), start)),
				start
			);
		await page.locator('#walk-start').focus();
	}
	const problems: string[] = [];
	const seen = new Set<string>();
	let previous = '';
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		// The focused element is marked, so that Playwright can say what it is called.
		const stop = await page.evaluate((within) => {
			document.querySelector('[data-tab-stop]')?.removeAttribute('data-tab-stop');
			const element = document.activeElement;
			if (!element || element === document.body || !element.closest(within)) return undefined;
			element.setAttribute('data-tab-stop', '');
			const path: string[] = [];
			for (let e: Element | null = element; e && e !== document.body; e = e.parentElement)
				path.unshift(`${e.tagName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
			return {
				id: path.join('>'),
				describe: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
				hidden: element.closest('[aria-hidden="true"]') !== null
			};
		}, within);
		if (!stop) break;
		// A date field takes a stop per part (day, month, year): the same element again.
		if (stop.id === previous) continue;
		if (seen.has(stop.id)) break;
		seen.add(stop.id);
		previous = stop.id;
		if (stop.hidden) problems.push(`${stop.describe} is hidden from screen readers`);
		else {
			try {
				await expect(page.locator('[data-tab-stop]')).toHaveAccessibleName(/\S/, { timeout: 0 });
			} catch {
				problems.push(`${stop.describe} has no name`);
			}
		}
	}
	return { stops: seen.size, problems };
}

test.describe('every stop of the Tab key has a name', () => {
	// The story page is long: its map, which it shares with the embeds, is walked.
	for (const [path, within] of <[string, string][]>[
		[`/stories/${STORY}/`, '#map'],
		[`/embed/${STORY}/map/`, 'body'],
		[`/embed/${STORY}/explorer/?lang=en`, 'body']
	]) {
		test(`${path} ${within}`, async ({ page }) => {
			test.slow();
			await page.goto(path, { waitUntil: 'networkidle' });
			// The map's states are there: its shapes are drawn.
			await expect(page.getByRole('button', { name: /^(Arménie|Armenia) — / })).toBeVisible();
			const { stops, problems } = await tabStops(page, within);
			expect(problems).toEqual([]);
			// The walk went past the map's ten states at least.
			expect(stops).toBeGreaterThan(10);
		});
	}
});
