import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

const STORY = 'otsc-minsk-summit';
const EMBED = (view: string, query = '') => `/embed/${STORY}/${view}/${query}`;
/** The host page is served from another origin than the embeds: another port. */
const HOST_PORT = Number(process.env.HOST_PORT ?? 4199);
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const SANDBOX = 'allow-scripts allow-same-origin';

/** A newsroom article with both embeds, resized by Chronomap's /embed.js or by pym.js. */
function hostPage(site: string, parent: 'chronomap' | 'pym'): string {
	const article = '<p>Lorem ipsum dolor sit amet. '.repeat(8) + '</p>';
	const frames =
		parent === 'chronomap'
			? ['map', 'timeline']
					.map(
						(view) =>
							`<iframe id="${view}" src="${site}${EMBED(view)}" title="${view}" width="100%" height="150" style="border:0;width:100%" sandbox="${SANDBOX}" data-chronomap-embed></iframe>`
					)
					.join(article) + `<script async src="${site}/embed.js"></script>`
			: `<div id="map"></div>${article}<div id="timeline"></div>
<script src="/pym.v1.min.js"></script>
<script>
new pym.Parent('map', '${site}${EMBED('map')}', { title: 'map', sandbox: '${SANDBOX}' });
new pym.Parent('timeline', '${site}${EMBED('timeline')}', { title: 'timeline', sandbox: '${SANDBOX}' });
</script>`;
	return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0 auto;max-width:640px"><h1>A newsroom article</h1>${article}${frames}${article}</body></html>`;
}

let server: Server;

test.describe('embeds in a page of another origin', () => {
	test.describe.configure({ mode: 'serial' });
	// Tall enough that no click needs the host page to scroll.
	test.use({ viewport: { width: 700, height: 4000 } });

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
			await expect(
				timeline.getByRole('application', { name: 'Frise chronologique des événements' })
			).toBeVisible();
			await expect(map.getByRole('region', { name: 'Carte des États membres' })).toBeVisible();
			const timelineHeight = await fitted(page, 'timeline', timeline);
			const mapHeight = await fitted(page, 'map', map);

			// Opening a card or a panel makes the embed taller; its iframe follows.
			await timeline
				.getByRole('link', { name: 'Sommet de l’OTSC à Minsk, 23 novembre 2023' })
				.click();
			await expect(
				timeline.getByRole('article', { name: 'Sommet de l’OTSC à Minsk' })
			).toBeVisible();
			expect(await fitted(page, 'timeline', timeline)).toBeGreaterThan(timelineHeight + 100);
			await map.getByRole('button', { name: /^Arménie — / }).press('Enter');
			await expect(map.getByRole('heading', { level: 3, name: 'Arménie' })).toBeVisible();
			expect(await fitted(page, 'map', map)).toBeGreaterThan(mapHeight + 100);

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
});

test.describe('embed options', () => {
	test('language, theme, hidden title and selected event come from the URL', async ({ page }) => {
		await page.goto(EMBED('timeline', '?lang=en&theme=dark&title=0&event=minsk-summit&bogus=1'));
		await expect(page.getByRole('button', { name: 'Show all' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByText('Belarus wants to strengthen')).toBeHidden();
		const frame = page.getByRole('application', { name: 'Timeline of the events' });
		await expect(frame.locator('a.selected')).toHaveAttribute(
			'aria-label',
			/^CSTO summit in Minsk/
		);
		const background = await page
			.locator('.embed')
			.evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(background).toBe('rgb(23, 25, 29)');
		// Links leave the frame for a new tab.
		await expect(page.getByRole('link', { name: /The full story/ })).toHaveAttribute(
			'target',
			'_blank'
		);
	});

	test('the map opens on the date and state asked for', async ({ page }) => {
		await page.goto(EMBED('map', '?date=1995-06-01&country=GEO'));
		await expect(page.getByRole('heading', { level: 3, name: 'Géorgie' })).toBeVisible();
		await expect(page.getByText('1 juin 1995').first()).toBeVisible();
		const map = page.getByRole('region', { name: 'Carte des États membres' });
		await expect(map.getByRole('button', { name: 'Géorgie — membre' })).toBeVisible();
	});
});

test.describe('embeds without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const view of ['map', 'timeline']) {
		test(`the ${view} embed shows its still image and links`, async ({ page }) => {
			await page.goto(EMBED(view));
			const image = page.getByRole('img', {
				name:
					view === 'map'
						? /^Carte des membres de .+ au 23 novembre 2023\./
						: /^Frise chronologique de \d+ événements/
			});
			await expect(image).toBeVisible();
			expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
			await expect(page.getByRole('link', { name: /Le récit complet/ })).toHaveAttribute(
				'href',
				`/stories/${STORY}/`
			);
			for (const name of ['JSON', 'CSV', 'GeoJSON', 'PNG'])
				await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: /Zoomer|Recentrer/ })).toBeHidden();
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
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(open).toBeFocused();
});

test('the gallery lists every embed with its image and code', async ({ page }) => {
	await page.goto('/embed/');
	for (const name of ['Carte des membres', 'Frise chronologique']) {
		const embed = page.getByRole('article', { name });
		await expect(embed.getByRole('img')).toBeVisible();
		await expect(embed.getByRole('textbox', { name: 'Code à coller' })).toHaveValue(
			/^<iframe src="[^"]+\/embed\/otsc-minsk-summit\/(map|timeline)\/"/
		);
	}
	const oembed = await (await page.request.get(`/embed/${STORY}/map/oembed.json`)).json();
	expect(oembed).toMatchObject({
		type: 'rich',
		version: '1.0',
		width: 640,
		provider_name: 'Chronomap'
	});
	expect(oembed.html).toContain('data-chronomap-embed');
	const png = await page.request.get(`/stories/${STORY}/map.png`);
	expect(png.headers()['content-type']).toBe('image/png');
});
