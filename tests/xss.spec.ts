/**
 * No data string is ever HTML. A story whose every text field holds markup
 * (tests/fixtures/stories/xss-hostile/) is built, alone, into a site of its own
 * (`npm run build:fixtures`, see svelte.config.js), never into the real one. On the story page,
 * the event page and the three embeds, hovering and tabbing to the places, opening the state
 * panels, the cards and the notes: nothing of it runs (no `window.__xss`, no dialog, no element
 * made from it) and every field shows as typed.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { freePort, servePreview, type Server } from '../scripts/serve';

const STORY = 'xss-hostile';

/** What each text field of the story holds: its own name, then markup that must never run. */
const payload = (field: string) =>
	`${field} <img src=x data-xss onerror="__xss=1"><b data-xss>&amp</b></script><script data-xss>__xss=1</script>`;

type Where = 'story' | 'event' | 'en' | 'map' | 'timeline' | 'explorer';

/**
 * Every text field of the story, and where a reader sees it (once the test has opened the
 * notes, a state's panel, an event's card). `story`: /stories/xss-hostile/ (French, the
 * story's language); `en`: its English page; `event`: the summit's page; the rest, the embeds.
 */
const FIELDS: [field: string, shownOn: Where[]][] = [
	['title.fr', ['story', 'event', 'en', 'map', 'timeline', 'explorer']],
	['title.en', ['en']],
	['dek.fr', ['story']],
	['dek.en', ['en']],
	['outlet.name', ['story', 'en', 'map', 'timeline', 'explorer']],
	['outlet.notes.text.fr', ['story']],
	['outlet.notes.text.en', ['en']],
	['agency.name', ['story', 'en', 'map', 'timeline', 'explorer']],
	['byline.name', ['story', 'en']],
	['published.established.text.fr', ['story']],
	['published.established.text.en', ['en']],
	['published.established.provenance.detail', ['story', 'en']],
	['editorialNotes.text.fr', ['story']],
	['editorialNotes.text.en', ['en']],
	['furniture.label.fr', ['story']],
	['furniture.label.en', ['en']],
	['map.tiles.attribution', ['story', 'en', 'map', 'explorer']],
	['sources.title', ['story', 'event', 'en', 'timeline', 'explorer']],
	['sources.publisher', ['story', 'event', 'en', 'timeline', 'explorer']],
	['places.blr.name.fr', ['story', 'map', 'explorer']],
	['places.blr.name.en', ['en']],
	['places.arm.name.fr', ['story', 'map', 'explorer']],
	['places.arm.name.en', ['en']],
	['places.minsk.name.fr', ['story', 'event', 'map', 'explorer']],
	['places.minsk.name.en', ['en']],
	['actors.alliance.name.fr', ['story', 'event', 'timeline', 'explorer']],
	['actors.alliance.name.en', ['en']],
	['actors.president.name.fr', ['story', 'event', 'timeline', 'explorer']],
	['actors.president.name.en', ['en']],
	// The role as the article gives it is data only (story.json); its correction is shown.
	['actors.president.role.fr', []],
	['actors.president.role.en', []],
	['actors.president.correction.fr', ['event']],
	['actors.president.correction.en', []],
	['events.summit.title.fr', ['story', 'event', 'timeline', 'explorer']],
	['events.summit.title.en', ['en']],
	['events.summit.summary.fr', ['story', 'event', 'timeline', 'explorer']],
	['events.summit.summary.en', ['en']],
	// An imported file's group: on the event's card, which the story page loads on demand.
	['events.summit.group', ['event']],
	['events.summit.provenance.detail', ['story', 'event', 'en', 'timeline', 'explorer']],
	['events.summit.notes.text.fr', ['story', 'event', 'timeline', 'explorer']],
	['events.summit.notes.text.en', ['en']],
	['events.speech.title.fr', ['story', 'timeline', 'explorer']],
	['events.speech.title.en', ['en']],
	['events.speech.summary.fr', ['story']],
	['events.speech.summary.en', ['en']],
	// Notes on memberships and attendance are data only (story.json), shown nowhere yet.
	['memberships.notes.text.fr', []],
	['memberships.notes.text.en', []],
	['attendance.notes.text.fr', []],
	['attendance.notes.text.en', []]
];

/** Every field is in the story (and no field of the story is missing from the list). */
test('the list of fields is the story’s', async ({ request }) => {
	const text = await (await request.get(`${server.url}/stories/${STORY}/story.json`)).text();
	const inStory = [...text.matchAll(/"([a-zA-Z.]+) <img src=x data-xss/g)].map((m) => m[1]);
	expect(new Set(inStory)).toEqual(new Set(FIELDS.map(([field]) => field)));
});

// One worker runs the file, with one server of the fixtures' site.
test.describe.configure({ mode: 'serial' });

let server: Server;
test.beforeAll(async () => {
	test.setTimeout(90_000);
	server = await servePreview(await freePort(), { fixtures: true });
});
test.afterAll(() => server?.close());

/** Dialogs opened and page errors, from the start. */
function watch(page: Page): string[] {
	const seen: string[] = [];
	page.on('dialog', (dialog) => {
		seen.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
	return seen;
}

/** Nothing ran and no element was made from the data, in the page or any of its frames. */
async function expectNothingRan(page: Page, seen: string[]) {
	const state = (frame: Frame) =>
		frame.evaluate(() => ({
			xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
			injected: document.querySelectorAll('[data-xss]').length
		}));
	for (const frame of page.frames()) expect(await state(frame)).toEqual({ xss: null, injected: 0 });
	expect(seen).toEqual([]);
}

/**
 * Every field meant for this page is in its rendered text or its accessible names (a
 * timeline mark whose label has no room still names its event), character for character.
 */
async function expectShownAsTyped(page: Page, where: Where) {
	const text = await page.evaluate(() =>
		[
			document.body.innerText,
			...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))
		]
			.join('\n')
			.replace(/[^\S\n]+/g, ' ')
	);
	const missing = FIELDS.filter(
		([field, shownOn]) => shownOn.includes(where) && !text.includes(payload(field))
	).map(([field]) => field);
	expect(missing, `fields not shown as typed on ${where}`).toEqual([]);
}

/** Hover the city's dot: its label shows the name as text (one span, no element from it). */
async function hoverPlace(page: Page, language: 'fr' | 'en' = 'fr') {
	const dot = page.locator('.leaflet-overlay-pane path.leaflet-interactive:not([data-state])');
	const tooltip = page.locator('.leaflet-tooltip');
	// The map may still be flying to a selected event's places: hover once it is there, and
	// read the tooltip while it is open (the dot can fly from under the pointer and close it).
	await expect(async () => {
		await page.mouse.move(0, 0);
		await dot.first().hover({ force: true });
		await expect(tooltip).toHaveText(payload(`places.minsk.name.${language}`), { timeout: 1000 });
		const elements = await tooltip.evaluate(
			(element) => element.querySelectorAll('*').length,
			undefined,
			{ timeout: 1000 }
		);
		expect(elements).toBe(1);
	}).toPass();
}

/** Tab through every stop of the map; Enter on each state opens its panel. */
async function tabThroughMap(page: Page) {
	const map = page.locator('.leaflet-container');
	await expect(map.locator('path[data-state]').first()).toBeVisible();
	await map.focus();
	const opened: string[] = [];
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => ({
			state: document.activeElement?.getAttribute('data-state') ?? null,
			inMap: !!document.activeElement?.closest('.leaflet-container')
		}));
		if (!focus.inMap) break;
		if (focus.state) {
			await page.keyboard.press('Enter');
			opened.push(focus.state);
			await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
		}
	}
	expect(opened).toEqual(expect.arrayContaining(['ARM', 'BLR']));
}

/** Open every disclosure (the notes on the publication, a card's notes). */
async function openDetails(page: Page) {
	const closed = page.locator('details:not([open]) > summary:visible');
	for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
}

/** Open the state panels (Armenia's last: its notes stay shown). */
async function openPanels(page: Page) {
	for (const state of ['BLR', 'ARM']) {
		await page.locator(`path[data-state="${state}"]`).press('Enter');
	}
}

test.describe('markup in every text field never runs and shows as typed', () => {
	// Each test hovers, tabs through the map and opens panels and cards.
	test.slow();
	test('the story page: map hovered and tabbed through, panels, notes, a card', async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(`${server.url}/stories/${STORY}/`);
		await hoverPlace(page);
		await tabThroughMap(page);
		await expectNothingRan(page, seen);
		// Open every <details> (the notes on the publication), then an event's card.
		await openDetails(page);
		const timeline = page.getByRole('application', { name: 'Frise chronologique des événements' });
		await timeline
			.getByRole('link', { name: payload('events.summit.title.fr'), exact: false })
			.first()
			.click();
		await expect(page.locator('#timeline').getByRole('article')).toBeVisible();
		await openPanels(page);
		await expectShownAsTyped(page, 'story');
		await expectNothingRan(page, seen);
	});

	test('the story page in English', async ({ page }) => {
		const seen = watch(page);
		await page.goto(`${server.url}/en/stories/${STORY}/`);
		await hoverPlace(page, 'en');
		await openDetails(page);
		await openPanels(page);
		await expectShownAsTyped(page, 'en');
		await expectNothingRan(page, seen);
	});

	test('the event page', async ({ page }) => {
		const seen = watch(page);
		await page.goto(`${server.url}/stories/${STORY}/events/summit/`);
		await openDetails(page);
		await expectShownAsTyped(page, 'event');
		await expectNothingRan(page, seen);
	});

	test('the map embed', async ({ page }) => {
		const seen = watch(page);
		await page.goto(`${server.url}/embed/${STORY}/map/`);
		await hoverPlace(page);
		await tabThroughMap(page);
		await openPanels(page);
		await expectShownAsTyped(page, 'map');
		await expectNothingRan(page, seen);
	});

	test('the timeline embed, its card open', async ({ page }) => {
		const seen = watch(page);
		await page.goto(`${server.url}/embed/${STORY}/timeline/?event=summit`);
		await expect(page.getByRole('article').getByRole('blockquote').first()).toBeVisible();
		await expectShownAsTyped(page, 'timeline');
		await expectNothingRan(page, seen);
	});

	test('the explorer embed: map hovered and tabbed, a card, panels', async ({ page }) => {
		const seen = watch(page);
		await page.goto(`${server.url}/embed/${STORY}/explorer/?event=summit`);
		await hoverPlace(page);
		await tabThroughMap(page);
		await openPanels(page);
		await page.goto(`${server.url}/embed/${STORY}/explorer/?event=summit&country=ARM`);
		await expect(page.getByRole('article').getByRole('blockquote').first()).toBeVisible();
		await expectShownAsTyped(page, 'explorer');
		await expectNothingRan(page, seen);
	});

	test('a story asking for tiles may load them from their host, on its pages alone', async ({
		page,
		request
	}) => {
		const tiles: string[] = [];
		await page.route('https://tiles.invalid/**', (route) => {
			tiles.push(route.request().url());
			return route.fulfill({ status: 204 });
		});
		const violations: string[] = [];
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) =>
				console.error(`csp: ${event.effectiveDirective} ${event.blockedURI}`)
			)
		);
		page.on('console', (message) => {
			if (message.text().startsWith('csp:')) violations.push(message.text());
		});
		await page.goto(`${server.url}/embed/${STORY}/map/`);
		await expect.poll(() => tiles.length).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/(^|; )img-src 'self' https:\/\/tiles\.invalid(;|$)/);
		// The real site's story asks for none: its pages allow no other host.
		const real = await (await request.get(`/stories/otsc-minsk-summit/`)).text();
		expect(real).toMatch(/img-src 'self';/);
	});
});
