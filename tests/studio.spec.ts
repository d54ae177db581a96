import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { freePort, servePreview, type Server } from '../scripts/serve';
import type { Story } from '../src/lib/story/schema';
import { axeViolations } from './axe';

/**
 * The studio, as a journalist uses it, against the production build: paste the bundled
 * article, review the draft, add a context fact, reload half-way, save it through the server;
 * then what was saved passes `npm run check:data`, and a site built from it alone shows it.
 */
const ARTICLE = readFileSync('data/stories/otsc-minsk-summit/source.txt', 'utf8');

/** Run a command to its end: its exit code and everything it printed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
	return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

async function draftArticle(page: Page, origin = '') {
	await page.goto(`${origin}/studio/`);
	await page.getByLabel('Texte de l’article').fill(ARTICLE);
	await page.getByLabel('Date de publication').fill('2023-11-23');
	await page.getByRole('button', { name: 'Préparer le brouillon' }).click();
	await expect(page.getByRole('heading', { name: 'Faits' })).toBeVisible();
}

/** Tab forward until `target` has the focus: it is reachable by keyboard, in a few stops. */
async function tabTo(page: Page, target: Locator, stops = 6) {
	for (let i = 0; i < stops; i++) {
		if (await target.evaluate((e) => e === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

const facts = (page: Page) =>
	page
		.getByRole('list')
		.filter({ has: page.getByRole('heading', { level: 3 }) })
		.first()
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) });

/**
 * Draft the bundled article on the studio at `origin`, accept the facts, fix one date, reload
 * half-way, add a fact from an outside source: the journalist's review. Returns the title of
 * the event whose date was fixed.
 */
async function review(page: Page, origin: string): Promise<string> {
	await draftArticle(page, origin);
	const list = facts(page);
	const count = await list.count();
	expect(count).toBeGreaterThan(5);
	// Every drafted fact's passage is highlighted in the article.
	await expect(page.locator('.article-pane mark').first()).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/brouillons à relire/);

	// Accept the first fact alone: it is no longer a draft.
	const first = list.first();
	const firstName = (await first.getByRole('heading').textContent())!;
	await first.getByRole('button', { name: 'Accepter' }).click();
	await expect(page.getByRole('listitem', { name: firstName })).toContainText('relu');
	await expect(
		page.getByRole('listitem', { name: firstName }).getByRole('button', { name: 'Accepter' })
	).toHaveCount(0);

	// Fix one date, in words: "mercredi" is Wednesday 22 November.
	// Not the summit: moving it off the day of the memberships would contradict them.
	const second = list.filter({ hasNot: page.getByText('Sommet', { exact: true }) }).nth(1);
	const secondName = (await second.getByRole('heading').textContent())!;
	await second.getByRole('button', { name: 'Modifier' }).click();
	const editor = page.getByRole('listitem', { name: secondName });
	await editor.getByLabel('Date, en mots').fill('mercredi');
	await expect(editor.getByText('Date retenue :')).toContainText('22 novembre 2023');
	await editor.getByRole('radio', { name: 'Mois' }).check();
	await expect(editor.getByText('Date retenue :')).toContainText('novembre 2023');
	await editor.getByRole('radio', { name: 'Jour' }).check();
	await editor.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('listitem', { name: secondName })).toContainText('22 novembre 2023');

	// Undo and redo the date.
	await page.getByRole('button', { name: 'Annuler', exact: true }).click();
	await expect(page.getByRole('listitem', { name: secondName })).not.toContainText(
		'22 novembre 2023'
	);
	await page.getByRole('button', { name: 'Rétablir' }).click();
	await expect(page.getByRole('listitem', { name: secondName })).toContainText('22 novembre 2023');

	// Reload mid-review: nothing is lost.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Faits' })).toBeVisible();
	await expect(facts(page)).toHaveCount(count);
	await expect(page.getByRole('listitem', { name: firstName })).not.toContainText('brouillon');
	await expect(page.getByRole('listitem', { name: secondName })).toContainText('22 novembre 2023');

	// Accept the rest of the drafted facts.
	await page.getByRole('button', { name: 'Accepter tous les faits' }).click();
	await expect(page.locator('.fact.draft')).toHaveCount(0);

	// The draft makes the agency an actor; it signs the copy and acts in none of the facts:
	// the reviewer removes it from the people and organisations, and it is gone.
	const efe = page
		.getByRole('region', { name: 'Personnes et organisations' })
		.getByRole('listitem', { name: /^EFE\s?:/ });
	await efe.getByRole('button', { name: 'Retirer' }).click();
	await expect(efe).toHaveCount(0);
	await expect(page.getByRole('status')).toContainText('aucun problème');

	// A fact from an outside source.
	await page.getByRole('tab', { name: 'Contexte' }).click();
	await page.getByLabel('Éditeur de la source').fill('CSTO (official site)');
	await page.getByLabel('Adresse (URL)').fill('https://wiki7.org/CSTO');
	await expect(
		page.getByText(/Source refusée : machine-translated copy of Wikipedia/)
	).toBeVisible();
	await page
		.getByLabel('Adresse (URL)')
		.fill(
			'https://en.odkb-csto.org/news/news_odkb/sostoyalas-sessiya-soveta-kollektivnoy-bezopasnosti-odkb/'
		);
	await expect(page.getByText(/Page sans date/)).toBeVisible();
	await page.getByLabel('Type de source').selectOption({ label: 'Source officielle' });
	await page
		.getByLabel('Titre de la page (facultatif)')
		.fill('A meeting of the CSTO Collective Security Council was held');
	await page.getByLabel('Date de la page, en mots (facultatif)').fill('23 novembre 2023');
	await expect(page.getByText(/Page sans date/)).toHaveCount(0);
	await page
		.getByLabel('Ce que dit la source (en anglais)')
		.fill('The CSTO Collective Security Council met in Minsk on 23 November 2023.');
	await page
		.getByLabel('Le fait, en une phrase (français)')
		.fill('Le Conseil de sécurité collective de l’OTSC se réunit à Minsk.');
	await page
		.getByLabel('Le fait, en une phrase (anglais)')
		.fill('The CSTO Collective Security Council meets in Minsk.');
	await page.getByLabel('Date, en mots').fill('23 novembre 2023');
	await page.getByRole('button', { name: 'Ajouter le fait de contexte' }).click();
	await expect(page.getByText('Fait de contexte ajouté.')).toBeVisible();
	await page.getByRole('tab', { name: 'Relecture' }).click();
	await expect(
		page.getByRole('listitem', {
			name: 'Le Conseil de sécurité collective de l’OTSC se réunit à Minsk.'
		})
	).toContainText('contexte ajouté');
	return secondName;
}

const CONTEXT_FACT = 'Le Conseil de sécurité collective de l’OTSC se réunit à Minsk.';
const CONTEXT_SOURCE = 'A meeting of the CSTO Collective Security Council was held';

/**
 * Publish: the zip, then "Save to <folder>/<id>/" through the server, which writes the same
 * two files into `saved`. Returns the story's id.
 */
async function saveThroughServer(page: Page, saved: string): Promise<string> {
	await page.getByRole('tab', { name: 'Publier' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger le dossier (zip)' }).click()
	]);
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const id = Object.keys(zip)[0]!.split('/')[0]!;
	expect(Object.keys(zip).sort()).toEqual([`${id}/source.txt`, `${id}/story.yaml`]);

	const folder = `${relative(process.cwd(), saved)}/${id}/`;
	await page.getByRole('button', { name: `Enregistrer dans ${folder}` }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `Enregistré dans ${folder.slice(0, -1)}.` })
	).toBeVisible();
	expect(readdirSync(saved)).toEqual([id]);
	expect(readFileSync(join(saved, id, 'story.yaml'))).toEqual(
		Buffer.from(zip[`${id}/story.yaml`]!)
	);
	expect(readFileSync(join(saved, id, 'source.txt'), 'utf8')).toBe(ARTICLE);
	return id;
}

/** `npm run check:data` on what was saved, then a site built from it alone into `outDir`. */
async function checkAndBuild(saved: string, outDir: string, id: string) {
	const check = await run('npm', ['run', 'check:data', '--', '--dir', saved]);
	expect(check.output).toMatch(new RegExp(`^1 story folder\\(s\\) valid \\(${id}\\)`, 'm'));
	expect(check.code, check.output).toBe(0);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		CHRONOMAP_STORIES_DIR: saved,
		CHRONOMAP_OUT_DIR: outDir
	};
	delete env.CHRONOMAP_SYNTHETIC;
	delete env.CHRONOMAP_STORIES;
	const build = await run(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		env
	);
	expect(build.code, build.output).toBe(0);
}

/** The built story page: every saved event, the fixed date, the context fact with its source. */
async function showsThePublishedStory(page: Page, url: string, saved: Story, redated: string) {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(saved.title.fr!);
	const events = page
		.getByRole('region', { name: 'Chronologie des événements' })
		.getByRole('article');
	await expect(events).toHaveCount(saved.events.length);
	await expect(events.filter({ hasText: redated }).locator('time')).toContainText(
		'22 novembre 2023'
	);
	const context = events.filter({ hasText: CONTEXT_FACT });
	await expect(context.getByText('Contexte', { exact: true })).toBeVisible();
	await expect(context.getByRole('link', { name: CONTEXT_SOURCE })).toHaveAttribute(
		'href',
		/^https:\/\/en\.odkb-csto\.org\/news\//
	);
}

test.describe('studio', () => {
	test('drafts the bundled article, is reviewed, survives a reload, is saved and built', async ({
		page
	}) => {
		// The suite's one build of a site besides npm test's own: a minute or two on a busy machine.
		test.setTimeout(10 * 60_000);
		// A preview server that saves into this test's own folder (see vite.config.ts); the site
		// built from that folder goes into a folder of its own in the project (svelte.config.js).
		const saved = mkdtempSync(join(tmpdir(), 'studio-saved-'));
		const outDir = mkdtempSync('.svelte-kit-published-');
		const servers: Server[] = [];
		try {
			servers.push(
				await servePreview(await freePort(), { env: { CHRONOMAP_STUDIO_SAVE_DIR: saved } })
			);
			const redated = await review(page, servers[0]!.url);
			const id = await saveThroughServer(page, saved);
			await checkAndBuild(saved, outDir, id);
			servers.push(await servePreview(await freePort(), { env: { CHRONOMAP_OUT_DIR: outDir } }));
			const story = parse(readFileSync(join(saved, id, 'story.yaml'), 'utf8')) as Story;
			// Every drafted fact was accepted (the places and actors it drafts are left to review).
			expect(story.events.filter((event) => event.review === 'draft')).toEqual([]);
			await showsThePublishedStory(page, `${servers[1]!.url}/stories/${id}/`, story, redated);
		} finally {
			for (const server of servers) server.close();
			rmSync(saved, { recursive: true, force: true });
			rmSync(outDir, { recursive: true, force: true });
		}
	});
	test('refuses a foreign file, naming it and the problem', async ({ page }) => {
		await page.goto('/studio/');
		await page.getByLabel('story.yaml et son source.txt').setInputFiles([
			{
				name: 'story.yaml',
				mimeType: 'text/yaml',
				buffer: Buffer.from('name: my-app\nversion: 2\n')
			},
			{ name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from('Un texte.') }
		]);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('story.yaml, source.txt refusé :');
		await expect(alert).toContainText('story.yaml:1:1 id [schema] is required');
		await expect(page.getByRole('heading', { name: 'Faits' })).toHaveCount(0);
	});

	test('opens an existing story folder', async ({ page }) => {
		await page.goto('/en/studio/');
		await page
			.getByLabel('story.yaml and its source.txt')
			.setInputFiles([
				'data/stories/otsc-minsk-summit/story.yaml',
				'data/stories/otsc-minsk-summit/source.txt'
			]);
		await expect(page.getByRole('heading', { name: 'Facts' })).toBeVisible();
		await expect(page.getByRole('status')).toContainText('no problem');
		// The static site has no write endpoint, and the studio offers no save to the project.
		await page.getByRole('tab', { name: 'Publish' }).click();
		await expect(page.getByRole('button', { name: 'Download the folder (zip)' })).toBeVisible();
		await page.waitForLoadState('networkidle'); // the studio has asked the server by now
		await expect(page.getByRole('button', { name: /^Save to / })).toHaveCount(0);
		const post = await page.request.post('/__studio/save', {
			data: { id: 'x', yaml: '', source: '' }
		});
		expect(post.ok()).toBe(false);
	});

	test('the main actions work from the keyboard alone', async ({ page }) => {
		await page.goto('/studio/');
		await page.getByLabel('Texte de l’article').focus();
		await page.keyboard.insertText(ARTICLE);
		await page.keyboard.press('Tab'); // the help text is not a stop: the file field is
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Date de publication')).toBeFocused();
		await page.keyboard.type('11232023'); // the browser's locale, en-US: month first
		await tabTo(page, page.getByRole('button', { name: 'Préparer le brouillon' }));
		await page.keyboard.press('Enter');
		const first = facts(page).first();
		await expect(first).toBeVisible();
		const before = await page.locator('.fact.draft').count();
		await first.getByRole('button', { name: 'Accepter' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.fact.draft')).toHaveCount(before - 1);
		// Ctrl+Z outside a text field undoes; Ctrl+Shift+Z redoes.
		await page.keyboard.press('Control+z');
		await expect(page.locator('.fact.draft')).toHaveCount(before);
		await page.keyboard.press('Control+Shift+z');
		await expect(page.locator('.fact.draft')).toHaveCount(before - 1);
		// A fact from a passage quoted in a field, refused until it is in the text word for word.
		await page.getByLabel('Passage, mot pour mot').focus();
		await page.keyboard.insertText('une phrase inventée');
		await expect(page.getByText('Ce passage ne figure pas tel quel dans l’article.')).toBeVisible();
		await page.getByLabel('Passage, mot pour mot').fill('');
		await page.keyboard.insertText('principal allié du Kremlin');
		const total = await facts(page).count();
		await tabTo(page, page.getByRole('button', { name: 'Créer le fait' }));
		await page.keyboard.press('Enter');
		await expect(facts(page)).toHaveCount(total + 1);
		// Tabs move with the arrow keys.
		await page.getByRole('tab', { name: 'Relecture' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name: 'Contexte' })).toBeFocused();
		await expect(page.getByRole('heading', { name: 'Ajouter un fait de contexte' })).toBeVisible();
	});

	test('a selection in the article becomes a fact quoting it', async ({ page }) => {
		await draftArticle(page);
		const total = await facts(page).count();
		const paragraph = page.locator('.article-pane .text p').nth(3);
		await paragraph.selectText();
		const selected = (await paragraph.textContent())!.trim();
		await page.getByRole('button', { name: 'Créer un fait depuis la sélection' }).click();
		await expect(facts(page)).toHaveCount(total + 1);
		await expect(facts(page).last().locator('blockquote')).toHaveText(selected);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no WCAG 2.2 AA violation in ${theme}, at start and in review`, async ({ page }) => {
			test.slow();
			await page.emulateMedia({ colorScheme: theme });
			await page.goto('/studio/');
			expect(await axeViolations(page)).toEqual([]);
			await page.getByLabel('Texte de l’article').fill(ARTICLE);
			await page.getByLabel('Date de publication').fill('2023-11-23');
			await page.getByRole('button', { name: 'Préparer le brouillon' }).click();
			await facts(page).first().getByRole('button', { name: 'Modifier' }).click();
			expect(await axeViolations(page)).toEqual([]);
			for (const tab of ['Contexte', 'États', 'Publier']) {
				await page.getByRole('tab', { name: tab }).click();
				expect(await axeViolations(page), tab).toEqual([]);
			}
		});
	}
});
