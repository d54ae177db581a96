import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import type { StoryInput } from '../src/lib/studio/work';
import { axeViolations } from './axe';

/**
 * Places corrected in the studio, as a journalist does it: the English article's dateline
 * drafts "VIENTIANE" in capitals; the place is renamed, its coordinates picked from the
 * cities table, and accepted; the folder published has it corrected, with no draft mark,
 * and `check:data --strict` finds no place left in draft.
 */
const ARTICLE = readFileSync('data/stories/asean-vientiane-summit/source.txt', 'utf8');

async function draft(page: Page) {
	await page.goto('/en/studio/');
	await page.getByLabel('Text of the article').fill(ARTICLE);
	await page.getByLabel('Publication date').fill('2024-10-09');
	await page.getByRole('button', { name: 'Draft the story' }).click();
	await expect(page.getByRole('heading', { name: 'Facts' })).toBeVisible();
}

const placeList = (page: Page) => page.getByRole('region', { name: 'Places' });
const place = (page: Page, name: string) =>
	placeList(page).getByRole('listitem', { name: new RegExp(`^${name}:`) });

/** `npm run check:data -- --strict` on one folder: its exit code and what it printed. */
function checkStrict(folder: string) {
	return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		const child = spawn('npm', ['run', 'check:data', '--', '--strict', folder], {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

test('a drafted place is renamed, located from the cities table and accepted', async ({ page }) => {
	test.setTimeout(120_000);
	await draft(page);
	const drafted = place(page, 'VIENTIANE');
	await expect(drafted).toContainText('draft, not yet reviewed');

	// A used place is not removed: the page says which facts use it.
	await drafted.getByRole('button', { name: 'Remove' }).click();
	await expect(drafted.getByRole('status')).toContainText(
		/VIENTIANE cannot be removed: the \d+ facts “/
	);
	await expect(drafted).toHaveCount(1);

	await drafted.getByRole('button', { name: 'Edit' }).click();
	await expect(drafted.getByRole('form', { name: 'Edit the place VIENTIANE' })).toBeVisible();
	await drafted.getByLabel('Name of the place (English)').fill('Vientiane');
	await expect(drafted.getByLabel('Name of the place (French)')).toHaveValue('Vientiane');

	// Typed coordinates are checked, each problem named by its field.
	const lat = drafted.getByLabel('Latitude (decimal degrees, −90 to 90)');
	const lon = drafted.getByLabel('Longitude (decimal degrees, −180 to 180)');
	await lat.fill('95');
	await lon.fill('east');
	await expect(lat).toHaveAttribute('aria-invalid', 'true');
	await expect(lat).toHaveAccessibleDescription(/^✖ The latitude is between −90 and 90\.$/);
	await expect(lon).toHaveAccessibleDescription(
		/^✖ The longitude is a number in decimal degrees, such as 102\.6\.$/
	);
	await lat.fill('');
	await lon.fill('');
	await drafted.getByRole('button', { name: 'Save' }).click();
	// Not saved: the first field with a problem has the focus.
	await expect(lat).toBeFocused();
	await expect(lat).toHaveAccessibleDescription(/^✖ Give the latitude, or pick a city\.$/);
	await expect(lon).toHaveAccessibleDescription(/^✖ Give the longitude, or pick a city\.$/);
	await expect(place(page, 'VIENTIANE')).toHaveCount(1);

	// Picked from the suggestions, by keyboard: the coordinates are the table's.
	const find = drafted.getByLabel('Find a city by name');
	await find.fill('vientia');
	const found = drafted.getByRole('list', { name: 'Cities found' }).getByRole('button');
	await expect(found.first()).toHaveAccessibleName(
		"Vientiane, Lao People's Democratic Republic (17.967, 102.6)"
	);
	await find.press('Tab');
	await expect(found.first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(drafted.getByRole('status').last()).toHaveText(
		'Vientiane picked: country and coordinates filled in.'
	);
	await expect(lat).toHaveValue('17.967');
	await expect(lon).toHaveValue('102.6');
	await expect(lat).toHaveAttribute('aria-invalid', 'false');
	await expect(drafted.getByLabel('Country', { exact: true })).toHaveValue('LAO');
	await expect(
		drafted.getByRole('button', { name: 'Remove: GeoNames — Coordinates: 17.967, 102.6.' })
	).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
	await drafted.getByRole('button', { name: 'Save' }).click();

	// Saving accepts it; undo and redo; a reload keeps it.
	const corrected = place(page, 'Vientiane');
	await expect(corrected).toContainText("City, Lao People's Democratic Republic, 17.967, 102.6");
	await expect(corrected).not.toContainText('draft');
	await expect(corrected.getByRole('button', { name: 'Accept' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(place(page, 'VIENTIANE')).toContainText('draft, not yet reviewed');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(corrected).not.toContainText('draft');
	await page.reload();
	await expect(corrected).toContainText("City, Lao People's Democratic Republic, 17.967, 102.6");
	await expect(place(page, 'VIENTIANE')).toHaveCount(0);

	// Accepted as drafted, by its button: the country the summit is in.
	await place(page, 'Laos').getByRole('button', { name: 'Accept' }).click();
	await expect(place(page, 'Laos')).not.toContainText('draft');

	// A place added by hand, with coordinates typed (a comma for the point), then removed:
	// no fact uses it.
	await placeList(page).getByRole('button', { name: 'Add a place' }).click();
	const form = placeList(page).getByRole('form', { name: 'New place' });
	await form.getByLabel('Kind of place').selectOption({ label: 'Site' });
	await form.getByLabel('Name of the place (English)').fill('National Convention Centre');
	await form.getByLabel('Name of the place (French)').fill('Centre national des congrès');
	await form.getByLabel('Country', { exact: true }).selectOption('LAO');
	await form.getByLabel('Latitude (decimal degrees, −90 to 90)').fill('17,967');
	await form.getByLabel('Longitude (decimal degrees, −180 to 180)').fill('102.6');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(
		form.getByText('Give at least one proof: a passage of the article or a source.')
	).toBeVisible();
	await form
		.getByLabel('Passage of the article, word for word')
		.fill('presided over the talks at the National Convention Centre');
	await form.getByRole('button', { name: 'Add the proof' }).click();
	await form.getByRole('button', { name: 'Save' }).click();
	const added = place(page, 'National Convention Centre');
	await expect(added).toContainText(
		"Site, Lao People's Democratic Republic, 17.967, 102.6 · national-convention-centre"
	);
	await added.getByRole('button', { name: 'Remove' }).click();
	await expect(added).toHaveCount(0);
	await expect(form).toHaveCount(0);

	// Published: the place as corrected, cited, with no draft mark.
	await page.getByRole('tab', { name: 'Publish' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the folder (zip)' }).click()
	]);
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const yaml = new TextDecoder().decode(
		Object.entries(zip).find(([path]) => path.endsWith('/story.yaml'))![1]
	);
	const story = parse(yaml) as StoryInput;
	expect(story.places.find((p) => p.id === 'vientiane')).toEqual({
		kind: 'city',
		id: 'vientiane',
		name: { en: 'Vientiane', fr: 'Vientiane' },
		country: 'LAO',
		coordinates: { lat: 17.967, lon: 102.6 },
		provenance: [
			{ quote: expect.stringMatching(/^VIENTIANE, Oct 9 \(Chronomap\) — /) },
			{ source: 'geonames-1651944', detail: 'Coordinates: 17.967, 102.6.' }
		]
	});
	expect(story.sources?.map((s) => s.id)).toContain('geonames-1651944');
	expect(story.places.map((p) => p.id)).not.toContain('national-convention-centre');

	// The strict check finds drafts left (the facts), but none among the accepted places.
	const folder = mkdtempSync(join(tmpdir(), 'studio-places-'));
	try {
		mkdirSync(join(folder, story.id));
		writeFileSync(join(folder, story.id, 'story.yaml'), yaml);
		writeFileSync(join(folder, story.id, 'source.txt'), ARTICLE);
		const strict = await checkStrict(join(folder, story.id));
		const index = (id: string) => story.places.findIndex((p) => p.id === id);
		expect(strict.output).toMatch(/\bevents\[0\]/);
		expect(strict.output).toMatch(new RegExp(`places\\[${index('bangkok')}\\]`));
		expect(strict.output).not.toMatch(new RegExp(`places\\[${index('vientiane')}\\]\\D`));
		expect(strict.output).not.toMatch(new RegExp(`places\\[${index('lao')}\\]\\D`));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
