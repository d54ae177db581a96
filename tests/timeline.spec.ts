import { expect, test, type Page } from '@playwright/test';
import { syntheticStory } from '../src/lib/story/synthetic';

const STORY = '/stories/otsc-minsk-summit/';

const timeline = (page: Page) =>
	page.getByRole('application', { name: 'Frise chronologique des événements' });
const announcement = (page: Page) => page.locator('#timeline [aria-live="polite"]');

/**
 * The story page once its timeline runs: its controls are live. Before that its marks are
 * plain links to the events' pages, and keys do nothing.
 */
async function openStory(page: Page) {
	await page.goto(STORY);
	await expect(
		page.locator('#timeline').getByRole('button', { name: 'Zoomer', exact: true })
	).toBeEnabled();
}

test.describe('timeline', () => {
	test('shows the Minsk summit and the Yerevan summit a year before, labelled', async ({
		page
	}) => {
		await openStory(page);
		const frame = timeline(page);
		const minsk = frame.getByRole('link', { name: 'Sommet de l’OTSC à Minsk, 23 novembre 2023' });
		const yerevan = frame.getByRole('link', {
			name: 'Sommet de l’OTSC à Erevan, 23 novembre 2022'
		});
		await expect(minsk).toBeVisible();
		await expect(yerevan).toBeVisible();
		await expect(minsk.locator('text')).toHaveText('Sommet de l’OTSC à Minsk');
		await expect(yerevan.locator('text')).toHaveText('Sommet de l’OTSC à Erevan');
		// On the axis: Yerevan to the left of January 2023, Minsk to its right.
		const january = await frame.getByText('janv. 2023', { exact: true }).boundingBox();
		const minskBox = await minsk.locator('path').boundingBox();
		const yerevanBox = await yerevan.locator('path').boundingBox();
		expect(yerevanBox!.x).toBeLessThan(january!.x);
		expect(minskBox!.x).toBeGreaterThan(january!.x);
		// A part of the day is its own label, and context looks different from the article.
		await expect(
			frame.getByRole('link', { name: 'Poutine se rend à Minsk, 23 novembre 2023, matin' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Tout afficher' }).click();
		const treaty = frame.getByRole('link', { name: /15 mai 1992$/ });
		await expect(treaty).toHaveClass(/context/);
		await expect(minsk).toHaveClass(/article/);
	});

	test('keyboard moves through events in time order and opens their cards', async ({ page }) => {
		// Every event in turn, each brought into view with its move: a long walk.
		test.slow();
		await openStory(page);
		const titles = await page.locator('#events article h3').allTextContents();
		expect(titles.length).toBeGreaterThan(15);
		const frame = timeline(page);
		await frame.focus();
		await page.keyboard.press('Home');
		const heard: string[] = [];
		for (let i = 0; i < titles.length; i++) {
			if (i > 0) await page.keyboard.press('ArrowRight');
			await expect(announcement(page)).toContainText(titles[i]!);
			heard.push((await announcement(page).textContent()) ?? '');
		}
		expect(heard.map((text, i) => text.startsWith(titles[i]!))).not.toContain(false);
		// Past the end it stays on the last event; Left goes back.
		await page.keyboard.press('ArrowRight');
		await expect(announcement(page)).toContainText(titles.at(-1)!);
		await page.keyboard.press('ArrowLeft');
		await expect(announcement(page)).toContainText(titles.at(-2)!);

		await page.keyboard.press('Enter');
		const card = page.locator('#timeline').getByRole('article', { name: titles.at(-2)! });
		await expect(card).toBeVisible();
		await expect(card.getByText('Date retenue')).toBeVisible();
		await expect(frame).toBeFocused();
		await page.keyboard.press('Home');
		const first = page.locator('#timeline').getByRole('article', { name: titles[0]! });
		await expect(first).toBeVisible();
		await expect(first.getByText('Contexte ajouté, de sources extérieures')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(first).toBeHidden();
	});

	test('a click opens the card with the article’s words, linked to the event’s page', async ({
		page
	}) => {
		await openStory(page);
		await timeline(page)
			.getByRole('link', { name: 'Poutine se rend à Minsk, 23 novembre 2023, matin' })
			.click();
		const card = page
			.locator('#timeline')
			.getByRole('article', { name: 'Poutine se rend à Minsk' });
		await expect(card.locator('q')).toHaveText('ce jeudi matin');
		await expect(card.getByText('23 nov. 2023, 06:00 – 11:59 UTC')).toBeVisible();
		await expect(card.getByRole('blockquote').first()).toContainText('ce jeudi matin');
		await card.getByRole('link', { name: /Page de l’événement/ }).click();
		await expect(page).toHaveURL(`${STORY}events/putin-visit-minsk/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poutine se rend à Minsk');
	});

	test('+ zooms in to the hours of the morning of the summit', async ({ page }) => {
		await openStory(page);
		const putin = timeline(page).getByRole('link', { name: /^Poutine se rend à Minsk/ });
		await putin.click();
		for (let i = 0; i < 12; i++) await page.keyboard.press('+');
		await expect(
			timeline(page)
				.getByText(/^\d\d:00$/)
				.first()
		).toBeVisible();
		await expect(putin).toBeVisible();
		const box = await putin.locator('path').boundingBox();
		expect(box!.width).toBeGreaterThan(50); // the morning, drawn as the hours it covers
		await page.keyboard.press('-');
		await page.getByRole('button', { name: 'Vue initiale' }).click();
		await expect(
			timeline(page).getByRole('link', { name: 'Sommet de l’OTSC à Erevan, 23 novembre 2022' })
		).toBeVisible();
	});

	test('with nothing selected, zooming keeps the map’s date (the summit) in view', async ({
		page
	}) => {
		await openStory(page);
		const summit = timeline(page).getByRole('link', { name: /^Sommet de l’OTSC à Minsk/ });
		await expect(summit).toBeVisible();
		const zoomIn = page.locator('#timeline').getByRole('button', { name: 'Zoomer', exact: true });
		for (let i = 0; i < 3; i++) await zoomIn.click();
		// A year before, the Yerevan summit has left the view; the Minsk summit has not.
		await expect(
			timeline(page).getByRole('link', { name: /^Sommet de l’OTSC à Erevan/ })
		).toHaveCount(0);
		await expect(summit).toBeVisible();
		const frame = (await timeline(page).boundingBox())!;
		const mark = (await summit.boundingBox())!;
		expect(mark.x).toBeGreaterThanOrEqual(frame.x);
		expect(mark.x).toBeLessThanOrEqual(frame.x + frame.width);
	});

	test('a synthetic story of 10,000 events renders and responds', async ({ page }) => {
		const story = syntheticStory(10_000);
		await page.goto('/dev/synthetic/?n=10000');
		await expect(page.getByText(/^10\s000 événements inventés/)).toBeVisible();
		const frame = timeline(page);
		// Dense: the marks are on a canvas, and each lane says in words what it holds.
		const lanes = frame.getByRole('group', { name: /événements dans la vue/ });
		await expect(lanes).toHaveCount(5);
		const inView = (await lanes.evaluateAll((groups) =>
			groups.map((group) => group.getAttribute('aria-label')!)
		)) as string[];
		const number = (text: string) => Number(text.replace(/\D/g, ''));
		// Every event is in the opening view, once: as a mark or in a count.
		expect(inView.reduce((sum, label) => sum + number(label.split(' événements')[0]!), 0)).toBe(
			10_000
		);
		// The labelled marks are links.
		await expect(frame.getByRole('link').first()).toBeVisible();

		await frame.focus();
		await page.keyboard.press('End');
		await expect(announcement(page)).toContainText(story.events.at(-1)!.title.fr!);
		await page.keyboard.press('Home');
		await expect(announcement(page)).toContainText(story.events[0]!.title.fr!);
		await page.keyboard.press('ArrowRight');
		await expect(announcement(page)).toContainText(story.events[1]!.title.fr!);
		await page.keyboard.press('Escape');

		// A click on a count (the strip at the foot of a lane; Home put the first event mid-view,
		// so the counts are on the right) zooms in there.
		const firstTick = async () => (await frame.locator('.axis text').first().textContent())?.trim();
		const before = await firstTick();
		const lane = (await lanes.nth(1).boundingBox())!;
		await page.mouse.click(lane.x + lane.width * 0.75, lane.y + lane.height - 8);
		await expect.poll(firstTick).not.toBe(before);
	});

	test('a mark on the canvas is named under the pointer and opens on a click', async ({ page }) => {
		await page.goto('/dev/synthetic/?n=10000');
		const frame = timeline(page);
		const lane = (await frame.getByRole('group', { name: /^Sommets/ }).boundingBox())!;
		const tooltip = page.locator('#timeline .tooltip');
		// The first row of the lane is packed with dots: look along it for one.
		let found: { x: number; y: number } | undefined;
		for (let x = lane.x + 200; x < lane.x + 400 && !found; x += 5) {
			const y = lane.y + 26;
			await page.mouse.move(x, y);
			if (await tooltip.isVisible()) found = { x, y };
		}
		expect(found).toBeDefined();
		const name = (await tooltip.locator('strong').textContent())!;
		expect(name).toMatch(/^(≈ )?Événement \d+ \([A-Z]{3}\)( \?)?$/);
		await page.mouse.click(found!.x, found!.y);
		await expect(announcement(page)).toContainText(name);
		const title = name.replace(/^≈ | \?$/g, '');
		await expect(page.locator('#timeline').getByRole('article', { name: title })).toBeVisible();
		// The selected mark becomes a link of the SVG, with its ring.
		await expect(
			frame.getByRole('link', { name: new RegExp(`^${name.replace(/[?()]/g, '\\$&')}, `) })
		).toBeVisible();
	});

	test('the canvas is drawn at the screen’s density, in the theme’s colours', async ({
		browser
	}) => {
		const context = await browser.newContext({ deviceScaleFactor: 2 });
		const page = await context.newPage();
		await page.goto('/dev/synthetic/?n=10000');
		const canvas = page.locator('#timeline canvas');
		await expect(canvas).toBeAttached();
		const size = await canvas.evaluate((element: HTMLCanvasElement) => ({
			pixels: element.width,
			css: element.getBoundingClientRect().width
		}));
		expect(size.pixels).toBe(Math.round(size.css * 2));
		const red = () =>
			canvas.evaluate((element: HTMLCanvasElement) => {
				const { data } = element
					.getContext('2d')!
					.getImageData(0, 0, element.width, element.height);
				let count = 0;
				for (let i = 0; i < data.length; i += 4)
					if (data[i]! > 220 && data[i + 1]! < 40 && data[i + 2]! < 40 && data[i + 3]! > 200)
						count++;
				return count;
			});
		expect(await red()).toBe(0);
		// Another theme: the article's colour changes, and the canvas follows.
		await page.evaluate(() => document.documentElement.style.setProperty('--article', '#ff0000'));
		await expect.poll(red).toBeGreaterThan(100);
		await context.close();
	});

	test('while the view moves, the canvas draws every mark and the axis; the SVG’s come back once it rests', async ({
		page
	}) => {
		await page.goto('/dev/synthetic/?n=10000');
		const frame = timeline(page);
		const links = frame.getByRole('link');
		await expect(links.first()).toBeVisible();
		// After each frame of the zoom, what the reader can reach: the links and axis labels the
		// SVG shows, and what the canvas wrote in that frame: marks' labels, the axis's labels.
		const shownTicks = () =>
			frame
				.locator('.axis text')
				.evaluateAll(
					(texts) =>
						texts.filter(
							(text) => text.textContent && text.checkVisibility({ visibilityProperty: true })
						).length
				);
		expect(await shownTicks()).toBeGreaterThan(3);
		await page.evaluate(() => {
			const seen: { links: number; labels: number; ticks: number; axis: number }[] = [];
			(window as unknown as { seen: typeof seen }).seen = seen;
			const canvas = document.querySelector<HTMLCanvasElement>('#timeline canvas')!;
			const ctx = canvas.getContext('2d')!;
			const fillText = ctx.fillText.bind(ctx);
			let labels = 0;
			let axis = 0;
			ctx.fillText = (text, x, y) => {
				// The axis's labels sit on its line at 15 px; the counts start with +.
				if (y === 15) axis++;
				else if (!text.startsWith('+')) labels++;
				fillText(text, x, y);
			};
			document.addEventListener(
				'wheel',
				() =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() => {
							const shown = (selector: string) =>
								[...document.querySelectorAll(selector)].filter((element) =>
									element.checkVisibility({ visibilityProperty: true })
								).length;
							seen.push({
								links: shown('#timeline a[data-key]'),
								labels,
								ticks: shown('#timeline .axis text'),
								axis
							});
							labels = axis = 0;
						})
					),
				{ capture: true }
			);
		});
		const box = (await frame.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		await page.keyboard.down('Control');
		for (let i = 0; i < 6; i++) {
			await page.mouse.wheel(0, -60);
			await page.waitForTimeout(40);
		}
		await page.keyboard.up('Control');
		const seen = await page.evaluate(
			() =>
				(
					window as unknown as {
						seen: { links: number; labels: number; ticks: number; axis: number }[];
					}
				).seen
		);
		expect(seen.length).toBeGreaterThan(0);
		for (const frameSeen of seen) {
			expect(frameSeen).toMatchObject({ links: 0, ticks: 0 });
			expect(frameSeen.labels).toBeGreaterThan(0);
			expect(frameSeen.axis).toBeGreaterThan(3);
		}
		// At rest, the labelled marks are links again, where the canvas drew them, and the
		// axis's labels are the SVG's.
		await expect(links.first()).toBeVisible();
		await expect.poll(() => links.count()).toBeGreaterThan(20);
		expect(await shownTicks()).toBeGreaterThan(3);
	});

	test('labels never overlap, on the story and on 10,000 events', async ({ page }) => {
		const overlaps = () =>
			timeline(page).evaluate((element) => {
				// The links shown: while the view moves, the SVG's stand hidden and the canvas draws.
				const boxes = [...element.querySelectorAll('a[data-key] text')]
					.filter((text) => getComputedStyle(text).visibility === 'visible')
					.map((text) => text.getBoundingClientRect());
				let found = 0;
				for (let i = 0; i < boxes.length; i++)
					for (let j = i + 1; j < boxes.length; j++) {
						const [a, b] = [boxes[i]!, boxes[j]!];
						if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
							found++;
					}
				return { labels: boxes.length, found };
			});
		await openStory(page);
		expect(await overlaps()).toMatchObject({ found: 0 });
		await page.getByRole('button', { name: 'Tout afficher' }).click();
		await page.waitForTimeout(600);
		expect(await overlaps()).toMatchObject({ found: 0 });

		await page.goto('/dev/synthetic/?n=10000');
		await timeline(page).focus();
		for (const presses of [3, 2]) {
			for (let i = 0; i < presses; i++) await page.keyboard.press('+');
			// Once the view rests, its labelled marks come back to the SVG.
			await expect.poll(async () => (await overlaps()).labels).toBeGreaterThan(20);
			expect(await overlaps()).toMatchObject({ found: 0 });
		}
	});
});

test('the synthetic story shows one state’s events when it is chosen', async ({ page }) => {
	const armenia = syntheticStory(500).events.filter((event) => event.places.includes('arm'));
	await page.goto('/dev/synthetic/?n=500');
	await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'ARM' });
	await expect(page.getByText(`${armenia.length} événements affichés`)).toBeVisible();
	const frame = timeline(page);
	await expect(frame.getByRole('link').first()).toBeVisible();
	const shown = await frame.evaluate((element) => {
		const marks = [...element.querySelectorAll('a[data-key]')].length;
		const counted = [...element.querySelectorAll('[data-keys]')].reduce(
			(sum, count) => sum + Number(count.getAttribute('data-keys')),
			0
		);
		return marks + counted;
	});
	expect(shown).toBe(armenia.length);
});

test('a state with fewer rows keeps the canvas’s bitmap, clipped to the shorter timeline', async ({
	page
}) => {
	const armenia = syntheticStory(10_000).events.filter((event) => event.places.includes('arm'));
	await page.goto('/dev/synthetic/?n=10000');
	const frame = timeline(page);
	await expect(frame.locator('canvas')).toBeAttached();
	const sizes = () =>
		frame.evaluate((element) => {
			const canvas = element.querySelector('canvas')!;
			return {
				bitmap: [canvas.width, canvas.height],
				timeline: element.querySelector('svg')!.getBoundingClientRect().height,
				frame: element.clientHeight,
				overflow: [
					element.scrollWidth - element.clientWidth,
					element.scrollHeight - element.clientHeight
				]
			};
		});
	const all = await sizes();
	await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'ARM' });
	await expect(page.getByText(`${armenia.length} événements affichés`)).toBeVisible();
	const one = await sizes();
	// Fewer events stacked at once: lower lanes.
	expect(one.timeline).toBeLessThan(all.timeline);
	// Not reallocated (a few milliseconds, on every filter), and nothing of it shows below
	// the timeline or makes the frame scroll.
	expect(one.bitmap).toEqual(all.bitmap);
	expect(one.frame).toBe(one.timeline);
	expect(one.overflow).toEqual([0, 0]);
	await expect(frame.getByRole('link').first()).toBeVisible();
});

test('another state’s lanes are in place from its first frame, and their links follow at once', async ({
	page
}) => {
	await page.goto('/dev/synthetic/?n=10000');
	const frame = timeline(page);
	await expect(frame.getByRole('link').first()).toBeVisible();
	const laneTops = () =>
		frame
			.locator('.lane-title')
			.evaluateAll((titles) =>
				titles.map((title) => Math.round(title.getBoundingClientRect().top))
			);
	// After each of the frames that follow the choice: where the lanes' titles are, and how
	// many links are shown (a rest, after a zoom, is 300 ms: 18 frames).
	const after = page.evaluate(
		() =>
			new Promise<{ tops: number[]; links: number }[]>((resolve) => {
				document.addEventListener(
					'change',
					() => {
						const seen: { tops: number[]; links: number }[] = [];
						const look = () => {
							const timeline = document.querySelector('#timeline')!;
							seen.push({
								tops: [...timeline.querySelectorAll('.lane-title')].map((title) =>
									Math.round(title.getBoundingClientRect().top)
								),
								links: [...timeline.querySelectorAll('a[data-key]')].filter((link) =>
									link.checkVisibility({ visibilityProperty: true })
								).length
							});
							if (seen.length < 6) requestAnimationFrame(look);
							else resolve(seen);
						};
						requestAnimationFrame(look);
					},
					{ once: true }
				);
			})
	);
	const before = await laneTops();
	await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'ARM' });
	const seen = await after;
	const atRest = await laneTops();
	// Fewer rows: the lower lanes move up, and their titles are there from the first frame.
	expect(atRest).not.toEqual(before);
	for (const frameSeen of seen) expect(frameSeen.tops).toEqual(atRest);
	// That first frame is the canvas's alone; then the links come back, a few dozen a frame.
	expect(seen[0]!.links).toBe(0);
	expect(seen.at(-1)!.links).toBeGreaterThan(20);
});

test.describe('timeline without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('its SVG, axis, marks and labels are in the HTML', async ({ page }) => {
		await page.goto(STORY);
		const section = page.getByRole('region', { name: 'Frise chronologique' });
		await expect(section.locator('svg').first()).toBeVisible();
		await expect(section.getByText('janv. 2023', { exact: true })).toBeVisible();
		const yerevan = section.getByRole('link', {
			name: 'Sommet de l’OTSC à Erevan, 23 novembre 2022'
		});
		await expect(yerevan).toHaveAttribute('href', /events\/yerevan-summit\/?$/);
		await expect(
			section.getByRole('link', { name: 'Sommet de l’OTSC à Minsk, 23 novembre 2023' })
		).toHaveCount(1);
	});

	test('each event has its own page', async ({ page }) => {
		await page.goto(`${STORY}events/yerevan-summit/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sommet de l’OTSC à Erevan');
		await expect(page.locator('q')).toHaveText('il y a un an');
		await page.getByRole('link', { name: 'Retour au récit' }).click();
		await expect(page).toHaveURL(STORY);
	});
});
