import { expect, test, type Locator, type Page } from '@playwright/test';

const STORY = '/stories/otsc-minsk-summit/';
const PHONE = { width: 375, height: 812 };

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the visible elements a locator finds. */
async function visibleBoxes(locator: Locator): Promise<Box[]> {
	const boxes: Box[] = [];
	for (const element of await locator.all()) {
		if (!(await element.isVisible())) continue;
		const box = await element.boundingBox();
		if (box && box.width > 0) boxes.push(box);
	}
	return boxes;
}

/** The inset's label for a state is legible: in view, in the viewport, at least 11 px. */
async function expectLegible(page: Page, text: Locator) {
	await expect(text).toBeVisible();
	const box = (await text.boundingBox())!;
	const viewport = page.viewportSize()!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
	const size = await text.evaluate((element) => {
		// SVG text: its font size times the SVG's scale on screen.
		const svg = element.closest('svg')!;
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		return parseFloat(getComputedStyle(element).fontSize) * scale;
	});
	expect(size).toBeGreaterThanOrEqual(11);
}

test.describe('the story’s point at a glance, on a phone', () => {
	test.use({ viewport: PHONE });
	// The map loads its shapes after the page: give it the time a busy machine takes.
	test.slow();

	test('names Armenia’s frozen participation on 1 January 2025, with its proof', async ({
		page
	}) => {
		await page.goto(`${STORY}?date=2025-01-01`);
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		const armenia = map.getByRole('button', { name: 'Arménie — membre, participation gelée' });
		await expect(armenia).toBeAttached({ timeout: 15_000 });
		await expect(armenia).toHaveAttribute('fill', /^url\(#chronomap-grid-frozen\)$/);
		await expect(armenia).toHaveAttribute('stroke-dasharray', /\d/);

		const inset = page.getByRole('img', {
			name: /^Détail : Arménie\. Arménie — membre, participation gelée/
		});
		await inset.scrollIntoViewIfNeeded();
		await expect(inset).toBeVisible();
		const label = inset.locator('[data-label="ARM"]');
		await expect(label).toHaveText(/Arménie\s*participation gelée/);
		await expectLegible(page, label);
		await expect(page.getByText('Membre, participation gelée', { exact: true })).toBeVisible();

		// The panel gives the freeze's own proof and says Armenia has not left.
		await armenia.dispatchEvent('click');
		const panel = page.getByRole('article').filter({
			has: page.getByRole('heading', { level: 3, name: 'Arménie', exact: true })
		});
		await expect(panel.getByText('membre, participation gelée')).toBeVisible();
		await expect(panel.getByText(/participation gelée depuis le 22 février 2024/)).toBeVisible();
		await expect(
			panel.getByRole('link', { name: 'Radio Free Europe/Radio Liberty' }).first()
		).toBeVisible();
		await expect(panel.getByText(/aucune notification formelle de retrait/)).toBeVisible();
	});

	test('the day before the freeze, Armenia is a plain member', async ({ page }) => {
		await page.goto(`${STORY}?date=2024-02-21`);
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(map.getByRole('button', { name: 'Arménie — membre', exact: true })).toBeAttached({
			timeout: 15_000
		});
	});

	test('names Armenia’s absence on the summit’s day, legibly, with no label on another', async ({
		page
	}) => {
		await page.goto(STORY);
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(
			map.getByRole('button', { name: 'Arménie — membre, absente du sommet de Minsk' })
		).toBeAttached({ timeout: 15_000 });
		const inset = page.getByTestId('map-inset');
		await inset.scrollIntoViewIfNeeded();
		const label = inset.locator('[data-label="ARM"]');
		await expect(label).toHaveText(/Arménie\s*absente/);
		await expectLegible(page, label);

		// The main map's labels: none covers another, the inset or the controls.
		await page.waitForTimeout(300);
		const labels = await visibleBoxes(map.locator('.label-text'));
		expect(labels.length).toBeGreaterThanOrEqual(4);
		const obstacles = await visibleBoxes(
			page.locator('[data-testid="map-inset"], .leaflet-control')
		);
		for (let i = 0; i < labels.length; i++) {
			for (const obstacle of obstacles) expect(overlap(labels[i]!, obstacle)).toBe(false);
			for (let j = i + 1; j < labels.length; j++)
				expect(overlap(labels[i]!, labels[j]!)).toBe(false);
		}
		// The inset's names do not cover each other either.
		const insetLabels = await visibleBoxes(inset.locator('text'));
		for (let i = 0; i < insetLabels.length; i++)
			for (let j = i + 1; j < insetLabels.length; j++)
				expect(overlap(insetLabels[i]!, insetLabels[j]!)).toBe(false);
	});

	test('the map embed carries the inset too', async ({ page }) => {
		await page.goto('/embed/otsc-minsk-summit/map/');
		const inset = page.getByTestId('map-inset');
		await inset.scrollIntoViewIfNeeded();
		const label = inset.locator('[data-label="ARM"]');
		await expect(label).toHaveText(/Arménie\s*absente/);
		await expectLegible(page, label);
	});
});

test('the map still names the absent member in its inset', async ({ request }) => {
	const response = await request.get(`${STORY}map.svg`);
	const svg = await response.text();
	expect(svg).toMatch(/Détail\s:\sArménie/);
	expect(svg).toMatch(/Arménie<tspan[^>]*>absente<\/tspan>/);
	expect(svg).toContain('id="chronomap-grid-frozen"');
});
