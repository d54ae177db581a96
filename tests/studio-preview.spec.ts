import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * The studio's live preview, against the production build: the drafted article's map,
 * timeline and list of facts, drawn by the story page's components, follow the review.
 */
const ARTICLE = readFileSync('data/stories/otsc-minsk-summit/source.txt', 'utf8');

async function draftArticle(page: Page) {
	await page.goto('/studio/');
	await page.getByLabel('Texte de l’article').fill(ARTICLE);
	await page.getByLabel('Date de publication').fill('2023-11-23');
	await page.getByRole('button', { name: 'Préparer le brouillon' }).click();
	await expect(page.getByRole('heading', { name: 'Faits' })).toBeVisible();
}

const preview = (page: Page) => page.getByRole('region', { name: 'Aperçu', exact: true });
const reviewList = (page: Page) => page.getByRole('tabpanel');
const facts = (page: Page) =>
	reviewList(page)
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('studio preview', () => {
	test('shows the draft on the map, the timeline and the list, and follows the review', async ({
		page
	}) => {
		test.slow();
		const shapes: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('/world.bin')) shapes.push(request.url());
		});
		await draftArticle(page);
		// Nothing of the preview is loaded before it is asked for.
		await expect(preview(page)).toHaveCount(0);
		expect(shapes).toEqual([]);

		const toggle = page.getByRole('button', { name: 'Aperçu', exact: true });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const pane = preview(page);
		await expect(pane).toBeVisible();

		// The map: the states, named with their status, as shapes to select and in the table.
		const map = pane.getByRole('region', { name: 'Carte' });
		await expect(map.getByRole('button', { name: /^Arménie — .*absente/ })).toBeVisible();
		await expect(map.getByRole('button', { name: /^Biélorussie — / })).toBeVisible();
		expect(shapes).toHaveLength(1);
		await map
			.getByText('Tableau des États, de leur statut et des preuves', { exact: true })
			.click();
		await expect(map.getByRole('table').getByRole('rowheader', { name: /Arménie/ })).toBeVisible();

		// A state is chosen from the keyboard, as on the page: its panel opens.
		await map.getByRole('button', { name: /^Arménie — / }).focus();
		await page.keyboard.press('Enter');
		await expect(map.getByRole('heading', { name: 'Arménie', level: 3 })).toBeVisible();

		// The drafts are shown as drafts: counted, and marked in the list.
		await expect(pane.getByText(/brouillons à relire/)).toBeVisible();
		const events = pane.getByRole('region', { name: 'Les faits' }).getByRole('article');
		const total = await events.count();
		expect(total).toBeGreaterThan(3);
		await expect(events.first()).toContainText('Non vérifié');

		// The timeline draws the same facts, as links to them in the list.
		const timeline = pane.getByRole('region', { name: 'Frise chronologique' });
		const inTimeline = (title: string) =>
			timeline.getByRole('link', { name: new RegExp(`^(≈ )?${escape(title.slice(0, 25))}`) });
		const titles = await facts(page).getByRole('heading', { level: 3 }).allTextContents();
		let firstTitle = '';
		for (const title of titles)
			if ((await inTimeline(title).count()) === 1) {
				firstTitle = title;
				break;
			}
		expect(firstTitle).not.toBe('');

		// Accept that fact: its mark goes from the list.
		const firstFact = reviewList(page).getByRole('listitem', { name: firstTitle });
		await firstFact.getByRole('button', { name: 'Accepter' }).click();
		await expect(
			pane.getByRole('article', { name: firstTitle }).getByText('Non vérifié')
		).toHaveCount(0);
		// Accepted, it takes the studio's id, which may move it among the facts of its day (a
		// crowded row keeps some in its "+n" marker): undo must restore the timeline as it is now.
		const drawn = await timeline.getByRole('link').count();

		// Reject it: it leaves the preview's list and timeline.
		await reviewList(page)
			.getByRole('listitem', { name: firstTitle })
			.getByRole('button', { name: 'Rejeter' })
			.click();
		await expect(events).toHaveCount(total - 1);
		await expect(pane.getByRole('article', { name: firstTitle })).toHaveCount(0);
		await expect(inTimeline(firstTitle)).toHaveCount(0);

		// Undo brings it back.
		await page.getByRole('button', { name: 'Annuler', exact: true }).click();
		await expect(events).toHaveCount(total);
		await expect(pane.getByRole('article', { name: firstTitle })).toHaveCount(1);
		await expect(timeline.getByRole('link')).toHaveCount(drawn);

		// Edit a fact's title: the preview follows.
		const fact = reviewList(page).getByRole('listitem', { name: firstTitle });
		await fact.getByRole('button', { name: 'Modifier' }).click();
		await reviewList(page).getByLabel('Titre (français)').first().fill('Un titre revu à la main');
		await reviewList(page).getByRole('button', { name: 'Enregistrer' }).click();
		await expect(pane.getByRole('article', { name: 'Un titre revu à la main' })).toBeVisible();

		// Closed and opened again: the shapes are not fetched twice.
		await toggle.click();
		await expect(preview(page)).toHaveCount(0);
		await toggle.click();
		await expect(pane.getByRole('button', { name: /^Arménie — / })).toBeVisible();
		expect(shapes).toHaveLength(1);
	});

	test('says what stops it when the work has problems', async ({ page }) => {
		await page.goto('/en/studio/');
		await page.getByLabel('story.yaml and its source.txt').setInputFiles([
			{
				name: 'story.yaml',
				mimeType: 'text/yaml',
				buffer: Buffer.from(
					readFileSync('data/stories/otsc-minsk-summit/story.yaml', 'utf8').replace(
						"- quote: '",
						"- quote: 'NOT IN THE ARTICLE "
					)
				)
			},
			{
				name: 'source.txt',
				mimeType: 'text/plain',
				buffer: readFileSync('data/stories/otsc-minsk-summit/source.txt')
			}
		]);
		await expect(page.getByRole('heading', { name: 'Facts' })).toBeVisible();
		await page.getByRole('button', { name: 'Preview', exact: true }).click();
		const pane = page.getByRole('region', { name: 'Preview', exact: true });
		await expect(pane.getByText('The preview shows once the story has no problem.')).toBeVisible();
		await expect(pane.getByRole('listitem')).toContainText(/quote/);
		await expect(pane.getByRole('region', { name: 'Map' })).toHaveCount(0);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no WCAG 2.2 AA violation in ${theme}`, async ({ page }) => {
			test.slow();
			await page.emulateMedia({ colorScheme: theme });
			await draftArticle(page);
			// Opened from the keyboard.
			await page.getByRole('button', { name: 'Aperçu', exact: true }).focus();
			await page.keyboard.press('Enter');
			await expect(preview(page).getByRole('button', { name: /^Arménie — / })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
