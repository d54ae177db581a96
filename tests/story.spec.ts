import { expect, test } from '@playwright/test';

const STORY = '/stories/otsc-minsk-summit/';

test.describe('story list', () => {
	test('lists the bundled story and leads to its page', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Chronomap' })).toBeVisible();
		const link = page.getByRole('link', { name: /Biélorussie veut renforcer la sécurité/ });
		await expect(link).toBeVisible();
		const story = page.getByRole('article').filter({ has: link });
		await expect(story.locator('time[datetime="2023-11-23"]')).toHaveText('23 novembre 2023');
		await expect(story).toContainText('Publication non nommée · EFE');
		await link.click();
		await expect(page).toHaveURL(STORY);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			'La Biélorussie veut renforcer'
		);
	});
});

test.describe('story page', () => {
	test('shows headline, byline, agency and the established publication date', async ({ page }) => {
		await page.goto(STORY);
		await expect(page).toHaveTitle(/Biélorussie/);
		const header = page.getByRole('banner').or(page.locator('main header'));
		// The signature is the republishing page's, and is labelled so.
		await expect(
			header.getByText(/^Signature de la page qui a republié la copie\u00a0: Roselle Lémieux$/)
		).toBeVisible();
		await expect(header.getByText(/Agence EFE/)).toBeVisible();
		await expect(header.locator('time')).toHaveText('23 novembre 2023');
		await header.getByText('Notes sur le texte').click();
		await expect(
			header.getByText('La Russie minimise ses problèmes de défense').first()
		).toBeVisible();
	});

	test('lists every event in time order, each with its proof', async ({ page }) => {
		await page.goto(STORY);
		const events = page
			.getByRole('region', { name: 'Chronologie des événements' })
			.getByRole('article');
		const count = await events.count();
		expect(count).toBeGreaterThanOrEqual(15);
		const starts = await events
			.locator('time')
			.evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
		expect(starts).toEqual([...starts].sort());
		expect(starts[0]).toBe('1992-05-15');
		// One look at the page, not one round trip per event.
		const proofs = await events.evaluateAll((articles) =>
			articles.map((article) => article.querySelectorAll('blockquote, cite').length)
		);
		proofs.forEach((n, i) =>
			expect(n, `event ${i} has a quote or an outside source`).toBeGreaterThan(0)
		);
	});

	test('the summit, its date wording and the absent state are there with the article’s words', async ({
		page
	}) => {
		await page.goto(STORY);
		const putin = page.getByRole('article').filter({ hasText: 'ce jeudi matin' }).first();
		await expect(putin.locator('time')).toHaveText('23 novembre 2023, matin');
		await expect(putin.getByText('Article', { exact: true })).toBeVisible();
		const absence = page
			.getByRole('blockquote')
			.filter({ hasText: 'pas à l’Arménie, qui a choisi d’être absente' })
			.first();
		await expect(absence).toBeVisible();
		await expect(absence).toHaveAttribute('lang', 'fr');
		const yerevan = page.getByRole('article').filter({ hasText: 'il y a un an' }).first();
		await expect(yerevan.locator('time')).toHaveText('23 novembre 2022');
	});

	test('context events say so in text, not only by style', async ({ page }) => {
		await page.goto(STORY);
		const treaty = page
			.getByRole('article')
			.filter({ has: page.locator('time[datetime="1992-05-15"]') });
		await expect(treaty.getByText('Contexte', { exact: true })).toBeVisible();
		await expect(treaty.locator('blockquote')).toHaveCount(0);
		await expect(treaty.locator('cite a').first()).toHaveAttribute('href', /^https:\/\//);
	});

	test('every outside source says in words what kind of source it is', async ({ page }) => {
		await page.goto(STORY);
		const treaty = page
			.getByRole('article')
			.filter({ has: page.locator('time[datetime="1992-05-15"]') });
		// The Belarusian foreign ministry's page and the CSTO's text of the treaty are official
		// records; the third-party legal database that holds one clause of the 1999 protocol is a
		// reference.
		await expect(treaty.getByText('Source extérieure · Source officielle').first()).toBeVisible();
		const renewal = page
			.getByRole('article')
			.filter({ has: page.locator('time[datetime="1999-04-02"]') });
		await expect(renewal.getByText('Source extérieure · Source officielle').first()).toBeVisible();
		await expect(
			renewal.getByText('Source extérieure · Ouvrage de référence').first()
		).toBeVisible();
		const sources = page.locator('li.source');
		const labels = await sources
			.locator('.kind')
			.evaluateAll((spans) => spans.map((span) => span.textContent?.trim() ?? ''));
		expect(labels.length).toBeGreaterThan(20);
		for (const label of labels)
			expect(label).toMatch(
				/^Source extérieure\s+·\s+(Source officielle|Agence de presse|Presse|Ouvrage de référence|Autre source)$/
			);
	});

	test('the Aleinik error is kept as reported, with its correction', async ({ page }) => {
		await page.goto(STORY);
		const documents = page
			.getByRole('article')
			.filter({ hasText: 'ministre biélorusse de la Défense' })
			.first();
		await expect(documents.getByText('Correction', { exact: true })).toBeVisible();
	});

	test('offers the data as JSON and CSV', async ({ page, request }) => {
		await page.goto(STORY);
		const json = page.getByRole('link', { name: 'Jeu de données (JSON)' });
		const csv = page.getByRole('link', { name: 'Événements (CSV)' });
		const dataset = await (await request.get((await json.getAttribute('href'))!)).json();
		expect(dataset.id).toBe('otsc-minsk-summit');
		const response = await request.get((await csv.getAttribute('href'))!);
		expect(response.headers()['content-type']).toContain('text/csv');
		const text = await response.text();
		expect(text.startsWith('id,date_edtf,part_of_day,date_wording,')).toBe(true);
		expect(text.split('\r\n').length - 2).toBe(dataset.events.length);
		const schema = await (await request.get('/schema/story.schema.json')).json();
		expect(schema.required).toContain('events');
	});

	test('starts without a warning or an error in the console', async ({ page }) => {
		const logged: string[] = [];
		page.on('console', (message) => {
			if (['warning', 'error'].includes(message.type())) logged.push(message.text());
		});
		page.on('pageerror', (error) => logged.push(error.message));
		for (const path of [STORY, `/en${STORY}`]) {
			await page.goto(path, { waitUntil: 'networkidle' });
		}
		expect(logged).toEqual([]);
	});

	test('makes no request to any other host', async ({ page, baseURL }) => {
		const foreign: string[] = [];
		page.on('request', (req) => {
			if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:'))
				foreign.push(req.url());
		});
		await page.goto(STORY, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story and its chronology are in the HTML', async ({ page }) => {
		await page.goto(STORY);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('La Biélorussie');
		const events = page
			.getByRole('region', { name: 'Chronologie des événements' })
			.getByRole('article');
		expect(await events.count()).toBeGreaterThanOrEqual(15);
	});

	test('the map is a still image in the page’s language, and its images download in it', async ({
		page,
		request
	}) => {
		for (const [path, words] of [
			[STORY, 'Pays hôte du sommet'],
			[`/en${STORY}`, 'Host of the summit']
		] as const) {
			await page.goto(path);
			const still = page.locator('#map img');
			await expect(still).toBeVisible();
			expect((await still.boundingBox())!.height).toBeGreaterThan(200);
			const download = page.getByRole('link', { name: 'SVG' }).first();
			const svg = await (await request.get((await download.getAttribute('href'))!)).text();
			expect(svg).toContain(words);
			expect(await (await request.get((await still.getAttribute('src'))!)).text()).toBe(svg);
		}
	});
});

test.describe('annotated article', () => {
	test('highlights quoted passages and sets the furniture apart', async ({ page }) => {
		await page.goto(STORY);
		const article = page.getByRole('region', { name: 'L’article, annoté' });
		await expect(
			article.getByRole('link', { name: 'Poutine s’est rendu à Minsk ce jeudi matin' })
		).toBeVisible();
		await expect(
			article.getByText(/^Hors article — Formulaire de commentaire/).first()
		).toBeVisible();
		await expect(
			article.getByText('Hors article — Titre sans rapport avec l’article', { exact: false })
		).toBeVisible();
		// The stock biography is never shown as reporting: it is not a highlighted passage.
		await expect(article.getByRole('link', { name: /Amateur de café/ })).toHaveCount(0);
	});

	test('without JavaScript, a passage leads to its event in the chronology', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(STORY);
		await page.getByRole('link', { name: 'Poutine s’est rendu à Minsk ce jeudi matin' }).click();
		await expect(page).toHaveURL(/#event-putin-visit-minsk$/);
		await expect(page.locator('#event-putin-visit-minsk')).toBeInViewport();
		await context.close();
	});
});
