import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * The second story, in English about Southeast Asia, on every page that shows a story: the
 * home page's list, its story page in both languages, an event page and its three embeds.
 * It proves that nothing assumes the first story's language, region or organisation.
 */
const ID = 'asean-vientiane-summit';
const HEADLINE = 'Myanmar sends an official, not its generals, as ASEAN leaders meet in Laos';

/** Fail on any script error the page throws (an island that does not hydrate, say). */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

test.describe('the home page', () => {
	for (const [path, first, second] of [
		['/', /La Birmanie envoie un fonctionnaire/, /La Biélorussie veut renforcer la sécurité/],
		['/en/', /Myanmar sends an official/, /Belarus wants to strengthen security/]
	] as const) {
		test(`${path} lists both stories, newest first, each a link to its page`, async ({ page }) => {
			await page.goto(path);
			const stories = page.getByRole('article');
			await expect(stories).toHaveCount(2);
			await expect(stories.nth(0).getByRole('link', { name: first })).toBeVisible();
			await expect(stories.nth(1).getByRole('link', { name: second })).toBeVisible();
			await expect(stories.nth(0).locator('time[datetime="2024-10-09"]')).toBeVisible();
			await expect(stories.nth(0)).toContainText('Chronomap');
			await stories.nth(0).getByRole('link', { name: first }).click();
			await expect(page).toHaveURL(`${path === '/' ? '' : '/en'}/stories/${ID}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
		});
	}
});

test.describe('the story page', () => {
	test('in English: headline, outlet, map states by name and status, events', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`/en/stories/${ID}/`);
		await expect(page).toHaveTitle(/Myanmar sends an official/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
		await expect(page.locator('main header time')).toHaveText('October 9, 2024');
		const map = page.getByRole('region', { name: 'Map of the member states' });
		await expect(
			map.getByRole('button', { name: 'Laos — member, host of the Vientiane summit' })
		).toBeVisible();
		await expect(
			map.getByRole('button', { name: 'Myanmar — member, present at the Vientiane summit' })
		).toBeVisible();
		// The smallest member has a shape of its own, and a non-member is named as such.
		await expect(
			map.getByRole('button', { name: 'Singapore — member, present at the Vientiane summit' })
		).toBeAttached();
		await expect(map.getByRole('button', { name: 'Timor-Leste — not a member' })).toBeAttached();
		await map
			.getByRole('button', { name: 'Myanmar — member, present at the Vientiane summit' })
			.press('Enter');
		const panel = page
			.getByRole('article')
			.filter({ has: page.getByRole('heading', { level: 3, name: 'Myanmar', exact: true }) });
		await expect(
			panel.getByRole('link', { name: /Myanmar represented by an official/ })
		).toBeVisible();
		const chronology = page.getByRole('region', { name: 'Chronology of events' });
		await expect(
			chronology.getByRole('heading', { name: 'ASEAN summits open in Vientiane' })
		).toBeVisible();
		await expect(
			chronology.getByRole('heading', { name: 'ASEAN is founded in Bangkok' })
		).toBeVisible();
		await expect(page.getByText('Not yet reviewed')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('in French: the English headline keeps its language, the interface is French', async ({
		page
	}) => {
		await page.goto(`/stories/${ID}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
		await expect(page.getByText(/La Birmanie envoie un fonctionnaire/).first()).toBeVisible();
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(
			map.getByRole('button', { name: 'Birmanie — membre, présente au sommet de Vientiane' })
		).toBeVisible();
		await expect(
			map.getByRole('button', { name: 'Laos — membre, hôte du sommet de Vientiane' })
		).toBeVisible();
	});

	test('an event page shows the event with its proof', async ({ page }) => {
		await page.goto(`/en/stories/${ID}/events/indonesia-president-stays-away-2024/`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Indonesia’s president stays away' })
		).toBeVisible();
		await expect(page.getByRole('blockquote').first()).toContainText(
			'Indonesian President Joko Widodo stayed away'
		);
		await expect(page.getByText(/The Jakarta Post/).first()).toBeVisible();
	});
});

test.describe('the embeds', () => {
	test('the map embed hydrates in English and opens a state', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`/embed/${ID}/map/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const map = page.getByRole('region', { name: 'Map of the member states' });
		const myanmar = map.getByRole('button', {
			name: 'Myanmar — member, present at the Vientiane summit'
		});
		await myanmar.press('Enter');
		// The state's panel, with its status and the article's words as proof.
		const panel = page.getByRole('article', { name: 'Myanmar' });
		await expect(panel.getByRole('blockquote').first()).toContainText(
			'Myanmar was represented by Aung Kyaw Moe'
		);
		expect(errors).toEqual([]);
	});

	test('the timeline embed opens an event’s card', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`/embed/${ID}/timeline/`);
		const timeline = page.getByRole('application', { name: 'Timeline of the events' });
		await timeline
			.getByRole('link', { name: 'Indonesia’s president stays away, October 9, 2024' })
			.click();
		const card = page.getByRole('article', { name: 'Indonesia’s president stays away' });
		await expect(card.getByRole('blockquote').first()).toContainText('stayed away');
		expect(errors).toEqual([]);
	});

	test('the explorer embed, in French on request, links the map and the timeline', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/embed/${ID}/explorer/?lang=fr`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await map
			.getByRole('button', { name: 'Indonésie — membre, présente au sommet de Vientiane' })
			.press('Enter');
		await expect(
			page.getByRole('article', { name: 'Indonésie' }).getByRole('blockquote').first()
		).toContainText('Vice President Ma’ruf Amin led the Indonesian delegation');
		await expect(
			page.getByRole('application', { name: 'Frise chronologique des événements' })
		).toBeVisible();
		await expect(page.getByRole('link', { name: /Le récit complet/ })).toHaveAttribute(
			'href',
			new RegExp(`/stories/${ID}/`)
		);
		expect(errors).toEqual([]);
	});
});

test.describe('accessibility', () => {
	for (const path of [
		`/en/stories/${ID}/`,
		`/stories/${ID}/events/asean-summits-open-vientiane-2024/`,
		...['map', 'timeline', 'explorer'].map((view) => `/embed/${ID}/${view}/`)
	]) {
		test(`${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
			test.slow();
			await page.goto(path, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).not.toHaveAttribute('data-pending');
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
