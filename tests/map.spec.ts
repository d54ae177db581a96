import { expect, test, type Page } from '@playwright/test';

const STORY = '/stories/otsc-minsk-summit/';
const ARMENIA = 'Arménie — membre, absente du sommet de Minsk';
/** Every member and former member in the dataset, with its status on the summit's day. */
const STATES = [
	'Arménie — membre, absente du sommet de Minsk',
	'Azerbaïdjan — ancien membre',
	'Biélorussie — membre, hôte du sommet de Minsk',
	'Géorgie — ancien membre',
	'Kazakhstan — membre, présent au sommet de Minsk',
	'Kirghizistan — membre, présent au sommet de Minsk',
	'Ouzbékistan — ancien membre',
	'Russie — membre, présente au sommet de Minsk',
	'Tadjikistan — membre, présent au sommet de Minsk'
];

async function openMap(page: Page) {
	await page.goto(STORY);
	const map = page.getByRole('region', { name: 'Carte des États membres' });
	await expect(map.getByRole('button', { name: ARMENIA })).toBeVisible();
	return map;
}

test.describe('membership map', () => {
	test('marks Armenia absent by pattern, dashed outline, label, name and legend', async ({
		page
	}) => {
		const map = await openMap(page);
		const armenia = map.getByRole('button', { name: ARMENIA });
		await expect(armenia).toHaveAttribute('fill', /^url\(#.+\)$/);
		await expect(armenia).toHaveAttribute('stroke-dasharray', /\d/);
		const present = map.getByRole('button', { name: /^Kazakhstan — / });
		await expect(present).not.toHaveAttribute('fill', /^url/);
		await expect(present).not.toHaveAttribute('stroke-dasharray', /\d/);
		const label = map.locator('.label-text').filter({ hasText: 'Arménie' });
		await expect(label).toBeVisible();
		await expect(label).toContainText('absente');
		await expect(page.getByText('Membre absent du sommet')).toBeVisible();
		await expect(page.getByText(/jour du sommet/)).toBeVisible();
	});

	test('reaches every member and former member by keyboard and opens its panel', async ({
		page
	}) => {
		const map = await openMap(page);
		await map.focus();
		const reached: string[] = [];
		for (let i = 0; i < 20 && reached.length < STATES.length + 1; i++) {
			await page.keyboard.press('Tab');
			const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
			if (!name?.includes(' — ')) continue;
			reached.push(name);
			await page.keyboard.press(reached.length % 2 ? 'Enter' : ' ');
			const panel = page.getByRole('article').filter({
				has: page.getByRole('heading', { level: 3, name: name.split(' — ')[0], exact: true })
			});
			await expect(panel).toBeVisible();
			await expect(panel.getByText(name.split(' — ')[1]!, { exact: true })).toBeVisible();
			if (!name.endsWith('non membre')) {
				await expect(panel.locator('blockquote, cite').first()).toBeVisible();
			}
		}
		expect(reached).toEqual(expect.arrayContaining(STATES));
		expect(reached).toContain('Ukraine — non membre');
	});

	test('opens a state’s panel on click, with links to its events', async ({ page }) => {
		const map = await openMap(page);
		await map.getByRole('button', { name: /^Kazakhstan — / }).click();
		const panel = page
			.getByRole('article')
			.filter({ has: page.getByRole('heading', { name: 'Kazakhstan', exact: true }) });
		const event = panel.getByRole('link', {
			name: 'Signature du Traité de sécurité collective à Tachkent'
		});
		await expect(event).toHaveAttribute('href', '#event-treaty-signed-1992');
		await panel.getByRole('button', { name: /Fermer/ }).click();
		await expect(panel).toHaveCount(0);
	});

	test('draws Russia whole: no band across the map, Chukotka east of Kazakhstan', async ({
		page
	}) => {
		// Wide enough for all of Russia: the map clips its shapes to what is in view.
		await page.setViewportSize({ width: 1000, height: 900 });
		const map = await openMap(page);
		const box = (name: RegExp) =>
			map.getByRole('button', { name }).evaluate((path) => {
				const { x, width } = (path as SVGGraphicsElement).getBBox();
				return { x, width };
			});
		const russia = await box(/^Russie — /);
		const kazakhstan = await box(/^Kazakhstan — /);
		const belarus = await box(/^Biélorussie — /);
		// Natural Earth: Russia spans 19.6°E to 190.2°E (170.6°), Kazakhstan 46.5°E to 87.3°E (40.8°).
		const ratio = russia.width / kazakhstan.width;
		expect(ratio).toBeGreaterThan(3.8);
		expect(ratio).toBeLessThan(4.6);
		expect(russia.x).toBeLessThan(belarus.x);
		expect(russia.x + russia.width).toBeGreaterThan(kazakhstan.x + 2 * kazakhstan.width);
	});

	test('names on the map never cover each other, zoomed out or in on an event', async ({
		page
	}) => {
		const overlapping = () =>
			page.evaluate(() => {
				const boxes = [
					...document.querySelectorAll<HTMLElement>('#map .label-text, #map .place-label span')
				]
					.filter((label) => label.dataset.placement && label.dataset.placement !== 'hidden')
					.map((label) => ({ name: label.textContent, box: label.getBoundingClientRect() }));
				return boxes.flatMap((a, i) =>
					boxes
						.slice(i + 1)
						.filter(
							({ box: b }) =>
								a.box.left < b.right - 1 &&
								b.left < a.box.right - 1 &&
								a.box.top < b.bottom - 1 &&
								b.top < a.box.bottom - 1
						)
						.map((b) => `${a.name} / ${b.name}`)
				);
			});
		await openMap(page);
		expect(await overlapping()).toEqual([]);
		// Zoomed in on Yerevan, where the names of nearby places crowd.
		await page.goto(`/en${STORY}?event=yerevan-summit&date=1995-06-01`);
		await expect(
			page
				.locator(
					'#map .place-label span[data-placement="below"], #map .place-label span[data-placement="right"], #map .place-label span[data-placement="above"]'
				)
				.first()
		).toBeVisible();
		await expect.poll(overlapping).toEqual([]);
	});

	test('shows membership on another date', async ({ page }) => {
		const map = await openMap(page);
		await page.getByLabel('Jour exact').fill('1995-06-01');
		await expect(map.getByRole('button', { name: 'Ouzbékistan — membre' })).toBeVisible();
		await expect(map.getByRole('button', { name: 'Géorgie — membre' })).toBeAttached();
		await expect(map.getByRole('button', { name: 'Arménie — membre' })).toBeAttached();
		await page.getByRole('button', { name: 'Revenir au jour du sommet' }).click();
		await expect(map.getByRole('button', { name: ARMENIA })).toBeVisible();
	});

	test('lets the page scroll over the map until the reader picks it', async ({ page }) => {
		const map = await openMap(page);
		await map.scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => window.scrollY);
		const box = (await map.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
	});

	test('resets the view, even during a zoom', async ({ page }) => {
		const map = await openMap(page);
		const armenia = map.getByRole('button', { name: ARMENIA });
		const initial = (await armenia.boundingBox())!;
		await map.getByRole('button', { name: 'Zoomer', exact: true }).click();
		await expect
			.poll(async () => (await armenia.boundingBox())!.width)
			.toBeGreaterThan(initial.width * 1.2);
		const reset = page.getByRole('button', { name: 'Recentrer la carte' });
		const framed = () =>
			expect
				.poll(async () => Math.round((await armenia.boundingBox())!.width))
				.toBe(Math.round(initial.width));
		await reset.click();
		await framed();
		// Even while a zoom is still under way, which would otherwise end where it was going.
		await map.getByRole('button', { name: 'Zoomer', exact: true }).click();
		await reset.click();
		await framed();
		await page.waitForTimeout(500);
		await framed();
	});

	test('makes no request to any other host while drawing and zooming', async ({
		page,
		baseURL
	}) => {
		const foreign: string[] = [];
		page.on('request', (req) => {
			const url = req.url();
			if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
		});
		const map = await openMap(page);
		await map.getByRole('button', { name: 'Zoomer', exact: true }).click();
		await map.getByRole('button', { name: 'Zoomer', exact: true }).click();
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
	});
});

test.describe('membership map without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('gives the states, their status and the proof as a table', async ({ page }) => {
		await page.goto(STORY);
		await page
			.getByText('Tableau des États, de leur statut et des preuves', { exact: true })
			.click();
		const table = page.getByRole('table');
		await expect(table).toBeVisible();
		const armenia = table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Arménie' }) });
		await expect(armenia).toContainText('membre, absente du sommet de Minsk');
		await expect(armenia.locator('blockquote')).toContainText('qui a choisi d’être absente');
		expect(await table.getByRole('rowheader').count()).toBe(STATES.length + 1);
	});
});
