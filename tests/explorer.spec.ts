import { expect, test, type Page } from '@playwright/test';

/** Reader journeys through the linked map, timeline and article, on the production build. */
const STORY = '/stories/otsc-minsk-summit/';

const map = (page: Page) => page.getByRole('region', { name: 'Carte des États membres' });
const timeline = (page: Page) =>
	page.getByRole('application', { name: 'Frise chronologique des événements' });
const mark = (page: Page, name: string) => timeline(page).getByRole('link', { name });
const card = (page: Page, title: string) =>
	page.locator('#timeline').getByRole('article', { name: title });

async function ready(page: Page, url = STORY) {
	await page.goto(url);
	await expect(map(page).getByRole('button', { name: /^Arménie — / })).toBeVisible();
}

test.describe('linked exploration', () => {
	test('picking Armenia on the map brings its events forward on the timeline, and can filter to them', async ({
		page
	}) => {
		await ready(page);
		await map(page)
			.getByRole('button', { name: /^Arménie — / })
			.press('Enter');
		await expect(page).toHaveURL(/[?&]country=ARM/);
		await expect(
			page.getByText(/^Arménie : \d+ événements mis en avant sur la frise\./)
		).toBeVisible();
		const yerevan = mark(page, 'Sommet de l’OTSC à Erevan, 23 novembre 2022');
		const putin = mark(page, 'Poutine se rend à Minsk, 23 novembre 2023, matin');
		await expect(yerevan).not.toHaveClass(/dimmed/);
		await expect(putin).toHaveClass(/dimmed/);

		await page.getByRole('button', { name: 'Ne montrer que les événements : Arménie' }).click();
		await expect(page).toHaveURL(/[?&]countries=ARM/);
		await expect(page.getByRole('status').filter({ hasText: 'événements affichés' })).toHaveText(
			/^\d+ événements affichés sur 30$/
		);
		await expect(putin).toHaveCount(0);
		await expect(yerevan).toBeVisible();
		// The filters stay open while any is set.
		await page.getByRole('button', { name: 'Effacer les filtres' }).click();
		await expect(putin).toBeVisible();
	});

	test('picking the Yerevan summit on the timeline shows Armenia and Yerevan on the map, on that day', async ({
		page
	}) => {
		await ready(page);
		await mark(page, 'Sommet de l’OTSC à Erevan, 23 novembre 2022').click();
		await expect(card(page, 'Sommet de l’OTSC à Erevan')).toBeVisible();
		await expect(
			page.getByText('Lieux de « Sommet de l’OTSC à Erevan » sur la carte : Erevan, Arménie.')
		).toBeVisible();
		await expect(page.locator('#map time').first()).toHaveText('23 novembre 2022');
		// Armenia is outlined as the event's place, and a member on that day.
		const armenia = map(page).getByRole('button', { name: 'Arménie — membre' });
		await expect(armenia).toHaveAttribute('stroke-width', /^[3-9]/);
		await expect(page).toHaveURL(/[?&]event=yerevan-summit/);
		await expect(page).toHaveURL(/[?&]date=2022-11-23/);
	});

	test('moving the date to 1995 shows Azerbaijan, Georgia and Uzbekistan as members', async ({
		page
	}) => {
		await ready(page);
		const slider = page.getByRole('slider', { name: 'Date de la carte' });
		await slider.focus();
		await slider.evaluate((input: HTMLInputElement) => {
			// June 1995, in months since January 1970.
			input.value = String(25 * 12 + 5);
			input.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect(slider).toHaveAttribute('aria-valuetext', '1 juin 1995');
		for (const name of ['Azerbaïdjan', 'Géorgie', 'Ouzbékistan']) {
			await expect(
				map(page).getByRole('button', { name: `${name} — membre`, exact: true })
			).toBeVisible();
		}
		await expect(
			map(page).getByRole('button', { name: 'Arménie — membre', exact: true })
		).toBeVisible();
		await expect(page).toHaveURL(/[?&]date=1995-06-01/);
		// An exact day, and back to the summit's day.
		await page.getByLabel('Jour exact').fill('1999-05-01');
		await expect(
			map(page).getByRole('button', { name: 'Ouzbékistan — ancien membre', exact: true })
		).toBeVisible();
		await expect(page).toHaveURL(/[?&]date=1999-05-01/);
		await page.getByRole('button', { name: 'Revenir au jour du sommet' }).click();
		await expect(
			map(page).getByRole('button', { name: /^Arménie — membre, absente/ })
		).toBeVisible();
		await expect(page).not.toHaveURL(/[?&]date=/);
		// In 2015, Uzbekistan had been suspended.
		await page.goto(`${STORY}?date=2015-01-01`);
		await expect(
			map(page).getByRole('button', { name: 'Ouzbékistan — ancien membre', exact: true })
		).toBeVisible();
	});

	test('on a desktop screen the map and the timeline sit side by side, both in view', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await ready(page);
		await page
			.getByRole('heading', { name: 'Carte des membres de l’organisation' })
			.evaluate((heading) => heading.scrollIntoView());
		await expect(map(page)).toBeInViewport({ ratio: 0.9 });
		await expect(timeline(page)).toBeInViewport({ ratio: 0.5 });
		const [mapBox, timelineBox] = [
			(await map(page).boundingBox())!,
			(await timeline(page).boundingBox())!
		];
		expect(timelineBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
	});

	test('on a phone the views stack and the page never scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await ready(page);
		const [mapBox, timelineBox] = [
			(await map(page).boundingBox())!,
			(await timeline(page).boundingBox())!
		];
		expect(timelineBox.y).toBeGreaterThan(mapBox.y + mapBox.height);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});

	test('a highlighted quote leads to its event, and the event back to its passage', async ({
		page
	}) => {
		await ready(page);
		const article = page.getByRole('region', { name: 'L’article, annoté' });
		await article.getByRole('link', { name: 'Poutine s’est rendu à Minsk ce jeudi matin' }).click();
		await expect(page).toHaveURL(/[?&]event=putin-visit-minsk/);
		const visit = card(page, 'Poutine se rend à Minsk');
		await expect(visit).toBeInViewport();
		await visit.getByRole('link', { name: 'Voir le passage dans l’article' }).click();
		await expect(page.locator('#passage-putin-visit-minsk')).toBeInViewport();
		await expect(page.locator('#passage-putin-visit-minsk')).toHaveText(
			'Poutine s’est rendu à Minsk ce jeudi matin'
		);
	});

	test('a copied link opens the same view', async ({ page, context }) => {
		await ready(page);
		await map(page)
			.getByRole('button', { name: /^Arménie — / })
			.press('Enter');
		await mark(page, 'Sommet de l’OTSC à Erevan, 23 novembre 2022').click();
		await page.getByText(/^Filtrer/).click();
		await page.getByRole('checkbox', { name: 'Sommet' }).check();
		await expect(page).toHaveURL(/category=summit/);
		const link = page.url();

		const fresh = await context.newPage();
		await ready(fresh, link);
		await expect(card(fresh, 'Sommet de l’OTSC à Erevan')).toBeVisible();
		await expect(
			fresh.getByRole('heading', { level: 3, name: 'Arménie', exact: true })
		).toBeVisible();
		await expect(fresh.getByRole('checkbox', { name: 'Sommet' })).toBeChecked();
		await expect(fresh.locator('#map time').first()).toHaveText('23 novembre 2022');
		await expect(mark(fresh, 'Poutine se rend à Minsk, 23 novembre 2023, matin')).toHaveCount(0);
	});

	test('back and forward move through the reader’s selections', async ({ page }) => {
		await ready(page);
		await mark(page, 'Sommet de l’OTSC à Erevan, 23 novembre 2022').click();
		await expect(page).toHaveURL(/event=yerevan-summit/);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/event=armenia-west-ties/);
		await map(page)
			.getByRole('button', { name: /^Arménie — / })
			.press('Enter');
		await expect(page).toHaveURL(/country=ARM/);
		await page.goBack();
		await expect(page).not.toHaveURL(/country=ARM/);
		await page.goBack();
		await expect(page).toHaveURL(/event=yerevan-summit/);
		await expect(card(page, 'Sommet de l’OTSC à Erevan')).toBeVisible();
		await page.goForward();
		await expect(page).toHaveURL(/event=armenia-west-ties/);
		await expect(card(page, 'L’Arménie renforce ses liens avec l’Occident')).toBeVisible();
	});

	test('malformed parameters fall back to the default view', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await ready(
			page,
			`${STORY}?event=%3Cscript%3E&country=XXX&date=1995-02-30&window=oops&category=party`
		);
		await expect(page.locator('#map time').first()).toHaveText('23 novembre 2023');
		await expect(page.getByRole('status').filter({ hasText: 'événements affichés' })).toHaveText(
			'30 événements affichés sur 30'
		);
		expect(errors).toEqual([]);
	});

	test('switching to English changes the interface, dates and names, and keeps the view', async ({
		page
	}) => {
		await ready(page, `${STORY}?country=ARM`);
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/stories\/otsc-minsk-summit\/\?country=ARM$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const englishMap = page.getByRole('region', { name: 'Map of the member states' });
		await expect(
			englishMap.getByRole('button', { name: /^Armenia — member, absent from/ })
		).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Map of the organisation’s members' })
		).toBeVisible();
		await expect(page.locator('#map time').first()).toHaveText('November 23, 2023');
		await expect(
			page.getByRole('heading', { level: 3, name: 'Armenia', exact: true })
		).toBeVisible();
		// Quotes stay in the article's language.
		await expect(page.locator('blockquote[lang="fr"]').first()).toBeAttached();
		await page.getByRole('link', { name: 'Français' }).click();
		await expect(page).toHaveURL(/\/stories\/otsc-minsk-summit\/\?country=ARM$/);
	});
});
