import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { axeViolations } from './axe';

const STORY = 'otsc-minsk-summit';
const EMBED = (view: string, query = '') => `/embed/${STORY}/${view}/${query}`;
/** The host page is served from another origin than the embeds: another port. */
const HOST_PORT = Number(process.env.HOST_PORT ?? 4199);
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const SANDBOX = 'allow-scripts allow-same-origin';

const VIEWS = ['map', 'timeline', 'explorer'] as const;

/** pym.js's `xdomain` for the embeds' origin, as the README says to set it (pym adds the `$`). */
const xdomain = (site: string) => `^${new URL(site).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;

/** A newsroom article with the three embeds, resized by Chronomap's /embed.js or by pym.js. */
function hostPage(site: string, parent: 'chronomap' | 'pym'): string {
	const article = '<p>Lorem ipsum dolor sit amet. '.repeat(8) + '</p>';
	const frames =
		parent === 'chronomap'
			? VIEWS.map(
					(view) =>
						`<iframe id="${view}" src="${site}${EMBED(view)}" title="${view}" width="100%" height="150" style="border:0;width:100%" sandbox="${SANDBOX}" data-chronomap-embed></iframe>`
				).join(article) + `<script async src="${site}/embed.js"></script>`
			: VIEWS.map((view) => `<div id="${view}"></div>`).join(article) +
				`<script src="/pym.v1.min.js"></script><script>` +
				VIEWS.map(
					(view) =>
						`new pym.Parent('${view}', '${site}${EMBED(view)}', { title: '${view}', sandbox: '${SANDBOX}', xdomain: ${JSON.stringify(xdomain(site))} });`
				).join('\n') +
				'</script>';
	return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0 auto;max-width:640px"><h1>A newsroom article</h1>${article}${frames}${article}</body></html>`;
}

let server: Server;

test.describe('embeds in a page of another origin', () => {
	test.describe.configure({ mode: 'serial' });
	// Tall enough that no click needs the host page to scroll.
	test.use({ viewport: { width: 700, height: 6000 } });

	test.beforeAll(async ({ baseURL }) => {
		const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js');
		server = createServer((request, response) => {
			if (request.url === '/pym.v1.min.js') {
				response.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
				return;
			}
			const parent = request.url === '/pym.html' ? 'pym' : 'chronomap';
			response
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(hostPage(baseURL!, parent));
		});
		await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
	});
	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	/** The embed's own height and its iframe's, once the iframe has taken it. */
	async function fitted(page: Page, id: string, frame: FrameLocator): Promise<number> {
		const iframe = page.locator(`iframe[title="${id}"]`);
		let inner = 0;
		await expect
			.poll(async () => {
				inner = await frame
					.locator('html')
					.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
				const outer = (await iframe.boundingBox())?.height ?? 0;
				return inner > 300 && Math.abs(outer - inner) <= 1;
			})
			.toBe(true);
		return inner;
	}

	for (const parent of ['chronomap', 'pym'] as const) {
		test(`iframes take and follow the embed's height (${parent} parent)`, async ({ page }) => {
			await page.goto(`${HOST}/${parent === 'pym' ? 'pym.html' : 'index.html'}`);
			const timeline = page.frameLocator('iframe[title="timeline"]');
			const map = page.frameLocator('iframe[title="map"]');
			const explorer = page.frameLocator('iframe[title="explorer"]');
			await expect(
				timeline.getByRole('application', { name: 'Frise chronologique des événements' })
			).toBeVisible();
			await expect(map.getByRole('region', { name: 'Carte des États membres' })).toBeVisible();
			await expect(explorer.getByRole('region', { name: 'Carte des États membres' })).toBeVisible();
			const timelineHeight = await fitted(page, 'timeline', timeline);
			const mapHeight = await fitted(page, 'map', map);
			const explorerHeight = await fitted(page, 'explorer', explorer);

			// Opening a card or a panel makes the embed taller; its iframe follows.
			await timeline
				.getByRole('link', { name: 'Sommet de l’OTSC à Minsk, 23 novembre 2023' })
				.click();
			const card = timeline.getByRole('article', { name: 'Sommet de l’OTSC à Minsk' });
			// The card's proof comes with it: the article's own words.
			await expect(card.getByRole('blockquote').first()).toContainText(
				'qui tient son sommet à Minsk'
			);
			expect(await fitted(page, 'timeline', timeline)).toBeGreaterThan(timelineHeight + 100);
			await map.getByRole('button', { name: /^Arménie — / }).press('Enter');
			await expect(map.getByRole('heading', { level: 3, name: 'Arménie' })).toBeVisible();
			expect(await fitted(page, 'map', map)).toBeGreaterThan(mapHeight + 100);
			await explorer
				.getByRole('link', { name: 'Sommet de l’OTSC à Erevan, 23 novembre 2022' })
				.click();
			await expect(
				explorer.getByRole('article', { name: 'Sommet de l’OTSC à Erevan' })
			).toBeVisible();
			expect(await fitted(page, 'explorer', explorer)).toBeGreaterThan(explorerHeight + 100);

			// Nothing moved or left the host page.
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			expect(page.url()).toContain(HOST);
		});
	}

	test('a message from elsewhere does not resize an iframe', async ({ page }) => {
		await page.goto(`${HOST}/index.html`);
		const timeline = page.frameLocator('iframe[title="timeline"]');
		const height = await fitted(page, 'timeline', timeline);
		// The host page itself (not the embed) posts a well-formed height message.
		await page.evaluate(
			() =>
				new Promise((resolve) => {
					// Messages arrive in order: once "done" is here, the others have been handled.
					window.addEventListener('message', (event) => event.data === 'done' && resolve(null));
					window.postMessage({ 'datawrapper-height': { 'otsc-minsk-summit-timeline': 50 } }, '*');
					window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*');
					window.postMessage('done', '*');
				})
		);
		const box = await page.locator('iframe[title="timeline"]').boundingBox();
		expect(Math.abs(box!.height - height)).toBeLessThanOrEqual(1);
	});

	test('a pym.js parent given the embeds’ origin ignores a height from elsewhere', async ({
		page
	}) => {
		await page.goto(`${HOST}/pym.html`);
		const timeline = page.frameLocator('iframe[title="timeline"]');
		const height = await fitted(page, 'timeline', timeline);
		// The host page's own window (another origin than the embed's) asks for 33 million px.
		await page.evaluate(
			() =>
				new Promise((resolve) => {
					window.addEventListener('message', (event) => event.data === 'done' && resolve(null));
					window.postMessage('pymxPYMxtimelinexPYMxheightxPYMx33554432', '*');
					window.postMessage('done', '*');
				})
		);
		const box = await page.locator('iframe[title="timeline"]').boundingBox();
		expect(Math.abs(box!.height - height)).toBeLessThanOrEqual(1);
	});
});

test.describe('embed options', () => {
	test('language, theme, hidden title and selected event come from the URL', async ({ page }) => {
		await page.goto(EMBED('timeline', '?lang=en&theme=dark&title=0&event=minsk-summit&bogus=1'));
		await expect(page.getByRole('button', { name: 'Show all' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		// The title line takes no room, but still names the embed for screen readers.
		const banner = page.getByRole('banner');
		await expect(
			banner.getByRole('heading', { level: 1, name: /^Belarus wants to strengthen/ })
		).toBeAttached();
		expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(1);
		const frame = page.getByRole('application', { name: 'Timeline of the events' });
		await expect(frame.locator('a.selected')).toHaveAttribute(
			'aria-label',
			/^CSTO summit in Minsk/
		);
		// The event asked for has its card open, with its proof, as on the story page.
		const card = page.getByRole('article', { name: 'CSTO summit in Minsk' });
		await expect(card.getByRole('blockquote').first()).toContainText('sommet à Minsk');
		await expect(card.getByRole('link', { name: /Event page/ })).toHaveAttribute(
			'href',
			`/en/stories/${STORY}/events/minsk-summit/`
		);
		const background = await page
			.locator('.embed')
			.evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(background).toBe('rgb(23, 25, 29)');
		// Links leave the frame for a new tab, to the full story on the same view.
		const full = page.getByRole('link', { name: /The full story/ });
		await expect(full).toHaveAttribute('target', '_blank');
		await expect(full).toHaveAttribute('href', `/en/stories/${STORY}/?event=minsk-summit`);
	});

	test('the map opens on the date and state asked for', async ({ page }) => {
		await page.goto(EMBED('map', '?date=1995-06-01&country=GEO'));
		await expect(page.getByRole('heading', { level: 3, name: 'Géorgie' })).toBeVisible();
		await expect(page.getByText('1 juin 1995').first()).toBeVisible();
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(map.getByRole('button', { name: 'Géorgie — membre' })).toBeVisible();
	});

	test('the map applies the filters and the event asked for; its panel links to the full story', async ({
		page
	}) => {
		await page.goto(EMBED('map', '?category=treaty,membership&event=treaty-signed-1992'));
		await expect(page.getByText(/^Filtré : \d+ événements sur 30\.$/)).toBeVisible();
		await expect(
			page.getByText(/^Lieux de « Signature du Traité de sécurité collective à Tachkent »/)
		).toBeVisible();
		await expect(page.locator('.when time')).toHaveText('15 mai 1992');
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await map.getByRole('button', { name: /^Arménie — / }).press('Enter');
		const panel = page
			.getByRole('article')
			.filter({ has: page.getByRole('heading', { name: 'Arménie', exact: true }) });
		const treaty = panel.getByRole('link', {
			name: /^Signature du Traité de sécurité collective à Tachkent/
		});
		await expect(treaty).toHaveAttribute('href', `/stories/${STORY}/events/treaty-signed-1992/`);
		await expect(treaty).toHaveAttribute('target', '_blank');
		const yerevan = panel.getByRole('link', { name: /^Sommet de l’OTSC à Erevan/ });
		await expect(yerevan).toHaveCount(0);
		await page.getByRole('button', { name: 'Effacer les filtres' }).click();
		await expect(yerevan).toBeVisible();
		await expect(page.getByText(/^30 événements affichés sur 30$/)).toBeFocused();
	});

	test('the explorer links its map and timeline, and opens on the event asked for', async ({
		page
	}) => {
		await page.goto(EMBED('explorer', '?event=minsk-summit'));
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		const timeline = page.getByRole('application', { name: 'Frise chronologique des événements' });
		const card = page.getByRole('article', { name: 'Sommet de l’OTSC à Minsk' });
		await expect(card.getByRole('blockquote').first()).toContainText('sommet à Minsk');
		await expect(
			page.getByText('Lieux de « Sommet de l’OTSC à Minsk » sur la carte : Minsk, Biélorussie.')
		).toBeVisible();
		await expect(page.locator('.when time')).toHaveText('23 novembre 2023');

		// A state on the map brings its events forward on the timeline.
		await page.goto(EMBED('explorer'));
		await map.getByRole('button', { name: /^Arménie — / }).press('Enter');
		await expect(
			page.getByText(/^Arménie : \d+ événements mis en avant sur la frise\./)
		).toBeVisible();
		const erevan = timeline.getByRole('link', {
			name: 'Sommet de l’OTSC à Erevan, 23 novembre 2022'
		});
		await expect(erevan).not.toHaveClass(/dimmed/);
		await expect(
			timeline.getByRole('link', { name: 'Poutine se rend à Minsk, 23 novembre 2023, matin' })
		).toHaveClass(/dimmed/);

		// An event on the timeline sets the map's date and marks its places.
		await erevan.click();
		await expect(page.getByRole('article', { name: 'Sommet de l’OTSC à Erevan' })).toBeVisible();
		await expect(page.locator('.when time')).toHaveText('23 novembre 2022');
		await expect(
			page.getByText('Lieux de « Sommet de l’OTSC à Erevan » sur la carte : Erevan, Arménie.')
		).toBeVisible();
		await expect(map.getByRole('button', { name: 'Arménie — membre' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// The full story opens on the same view, in a new tab; the embed stays where it is.
		await expect(page.getByRole('link', { name: /Le récit complet/ })).toHaveAttribute(
			'href',
			`/stories/${STORY}/?event=yerevan-summit&country=ARM&date=2022-11-23`
		);
		expect(page.url()).toMatch(new RegExp(`${EMBED('explorer')}$`));
	});
});

// One test a view: three axe scans of whole pages in one test outran its time on a busy machine.
for (const url of [
	EMBED('map', '?country=ARM'),
	EMBED('timeline', '?theme=dark&event=armenian-mfa-denial'),
	EMBED('explorer', '?lang=en&theme=dark&event=minsk-summit&country=ARM')
]) {
	test(`${url} has no detectable accessibility violation, its card or panel open`, async ({
		page
	}) => {
		await page.goto(url);
		// The view is shown once its options are applied (a card, a panel).
		await expect(page.getByRole('article').first()).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-pending');
		expect((await axeViolations(page)).map((v) => `${url} ${v}`)).toEqual([]);
	});
}

test.describe('embeds without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	const images = {
		map: /^Carte des membres de .+ au 23 novembre 2023\./,
		timeline: /^Frise chronologique de \d+ événements/
	};
	for (const view of VIEWS) {
		test(`the ${view} embed shows its still images and links`, async ({ page }) => {
			await page.goto(EMBED(view));
			const names = view === 'explorer' ? [images.map, images.timeline] : [images[view]];
			for (const name of names) {
				const image = page.getByRole('img', { name });
				await expect(image).toBeVisible();
				expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
					0
				);
			}
			await expect(page.getByRole('link', { name: /Le récit complet/ })).toHaveAttribute(
				'href',
				`/stories/${STORY}/`
			);
			for (const name of ['JSON', 'CSV', 'GeoJSON', 'PNG'])
				await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: /Zoomer|Recentrer/ })).toBeHidden();
			// A CMS finds the oEmbed response from the page.
			await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
				'href',
				new RegExp(`/embed/${STORY}/${view}/oembed\\.json$`)
			);
		});
	}
});

test('the embed dialog builds, previews and copies the code', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/stories/${STORY}/`);
	const open = page.getByRole('button', { name: 'Intégrer', exact: true });
	await open.click();
	const dialog = page.getByRole('dialog', { name: 'Intégrer dans votre page' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('radio', { name: 'Frise chronologique' }).check();
	await dialog.getByRole('radio', { name: 'Anglais' }).check();
	await dialog.getByRole('checkbox', { name: 'Masquer le titre' }).check();
	const code = dialog.getByRole('textbox', { name: 'Code à coller' });
	await expect(code).toHaveValue(
		new RegExp(
			`<iframe src="http://[^"]+/embed/${STORY}/timeline/\\?lang=en&amp;title=0" title="[^"]+ — Timeline"`
		)
	);
	await expect(code).toHaveValue(/<script async src="http:\/\/[^"]+\/embed\.js"><\/script>$/);
	const preview = dialog.frameLocator('iframe');
	await expect(preview.getByRole('button', { name: 'Show all' })).toBeVisible();
	await dialog.getByRole('button', { name: 'Copier le code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Code copié.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	// The explorer: map and timeline in one frame.
	await dialog.getByRole('radio', { name: 'Carte et frise' }).check();
	await expect(code).toHaveValue(new RegExp(`/embed/${STORY}/explorer/\\?lang=en&amp;title=0"`));
	await expect(preview.getByRole('region', { name: 'Map of the member states' })).toBeVisible();
	await expect(preview.getByRole('button', { name: 'Show all' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(open).toBeFocused();
});

test('the gallery lists every embed of every story with its image and code', async ({ page }) => {
	await page.goto('/embed/');
	for (const [story, heading] of [
		[STORY, /^La Biélorussie veut renforcer/],
		['asean-vientiane-summit', /^Myanmar sends an official/]
	] as const) {
		const section = page.getByRole('region', { name: heading });
		for (const [name, view] of [
			['Carte des membres', 'map'],
			['Frise chronologique', 'timeline'],
			['Carte et frise', 'explorer']
		]) {
			const embed = section.getByRole('article', { name });
			const image = embed.getByRole('img');
			await expect(image).toBeVisible();
			// The images load lazily: bring each into view.
			await image.scrollIntoViewIfNeeded();
			// Visible is not yet loaded: the image's pixels may still be on their way.
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
				.toBeGreaterThan(0);
			await expect(embed.getByRole('textbox', { name: 'Code à coller' })).toHaveValue(
				new RegExp(`^<iframe src="[^"]+/embed/${story}/${view}/"`)
			);
			const oembed = await (await page.request.get(`/embed/${story}/${view}/oembed.json`)).json();
			expect(oembed).toMatchObject({
				type: 'rich',
				version: '1.0',
				width: 640,
				provider_name: 'Chronomap',
				thumbnail_url: expect.stringMatching(new RegExp(`/stories/${story}/${view}\\.png$`))
			});
			expect(oembed.html).toContain(`/embed/${story}/${view}/`);
			expect(oembed.html).toContain('data-chronomap-embed');
			const png = await page.request.get(`/stories/${story}/${view}.png`);
			expect(png.headers()['content-type']).toBe('image/png');
		}
	}
});
