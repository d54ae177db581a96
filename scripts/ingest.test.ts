import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { run } from './ingest';
import { checkStoryFolder } from './check-data';

// INGEST_TEST_DIR keeps the built copy of the site, to look at it (npm run screenshots there).
const work = process.env.INGEST_TEST_DIR ?? mkdtempSync(join(tmpdir(), 'chronomap-ingest-'));
afterAll(() => {
	if (!process.env.INGEST_TEST_DIR) rmSync(work, { recursive: true, force: true });
});
const PAGE = 'tests/fixtures/articles/csto-minsk-page-fr.html';

/** Run the command in this process, with what it prints. */
function ingest(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
	try {
		return { status: run(args), stdout: out.join('\n'), stderr: err.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

describe('npm run ingest: bad input', () => {
	const file = (name: string, content: string | Buffer) => {
		const path = join(work, name);
		writeFileSync(path, content);
		return path;
	};
	it.each<[string, () => string[], RegExp, number]>([
		[
			'no such file',
			() => [join(work, 'missing.txt'), '--published', '2023-11-23'],
			/missing\.txt: cannot be read \(ENOENT\)/,
			1
		],
		[
			'an empty file',
			() => [file('empty.txt', '  \n\n'), '--published', '2023-11-23'],
			/empty\.txt: empty article/,
			1
		],
		[
			'a binary file',
			() => [
				file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])),
				'--published',
				'2023-11-23'
			],
			/photo\.txt: binary file/,
			1
		],
		[
			'a file not in UTF-8',
			() => [
				file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
				'--published',
				'2023-11-23'
			],
			/latin1\.txt: not UTF-8 text/,
			1
		],
		[
			'an oversized file',
			() => [file('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a')), '--published', '2023-11-23'],
			/huge\.txt: 5242881 bytes is more than/,
			1
		],
		['a folder', () => [work, '--published', '2023-11-23'], /not a file/, 1],
		['no publication date', () => [PAGE], /--published YYYY-MM-DD is required/, 2],
		[
			'an impossible date',
			() => [PAGE, '--published', '2023-02-30', '--out', work],
			/2023-02-30" is not a day of the calendar/,
			1
		],
		[
			'a bad language',
			() => [PAGE, '--published', '2023-11-23', '--lang', 'de'],
			/--lang must be fr or en/,
			2
		],
		[
			'a bad id',
			() => [PAGE, '--published', '2023-11-23', '--id', 'Mon Id'],
			/--id "Mon Id" must be lower-case/,
			2
		]
	])('refuses %s with a message naming it', (_, args, message, status) => {
		const result = ingest(...args());
		expect(result.stderr).toMatch(message);
		expect(result.status).toBe(status);
	});
});

describe(
	'npm run ingest: a saved web page becomes a story the site builds',
	{ timeout: 600_000 },
	() => {
		// A copy of the project that holds the draft as its only story, built once.
		const site = join(work, 'site');
		const stories = join(site, 'data', 'stories');
		mkdirSync(stories, { recursive: true });
		for (const entry of [
			'src',
			'static',
			'scripts',
			'svelte.config.js',
			'vite.config.ts',
			'vite.embed.config.ts',
			'vite.islands.config.ts',
			'tsconfig.json',
			'package.json'
		])
			cpSync(entry, join(site, entry), {
				recursive: true,
				filter: (from) => !/static\/(?:_embed|embed\.js)/.test(from)
			});
		symlinkSync(resolve('node_modules'), join(site, 'node_modules'), 'dir');

		const first = ingest(PAGE, '--published', '2023-11-23', '--out', stories);
		const id = readdirSync(stories)[0]!;
		const folder = join(stories, id);

		it('writes source.txt and story.yaml, nothing half-made, and says what it drafted', () => {
			expect(first.stderr).toBe('');
			expect(first.status).toBe(0);
			expect(readdirSync(stories)).toEqual([id]);
			expect(readdirSync(folder).sort()).toEqual(['source.txt', 'story.yaml']);
			expect(first.stdout).toMatch(/drafted: \d+ events, .*\d+ attendance/);
			const source = readFileSync(join(folder, 'source.txt'), 'utf8');
			expect(source).toContain('Le sommet de l’Organisation du traité'.replace('’', "'"));
			expect(source).not.toMatch(/<[a-z]/);
		});
		it('passes check:data, and --strict refuses its drafts', () => {
			expect(checkStoryFolder(folder)).toEqual([]);
			const strict = checkStoryFolder(folder, true);
			expect(strict.length).toBeGreaterThan(10);
			expect(strict.every((p) => p.rule === 'review')).toBe(true);
		});
		it('refuses to overwrite the story unless --force, and replaces it whole with it', () => {
			const again = ingest(PAGE, '--published', '2023-11-23', '--out', stories);
			expect(again.status).toBe(1);
			expect(again.stderr).toMatch(/already exists \(use --force/);
			const forced = ingest(PAGE, '--published', '2023-11-23', '--out', stories, '--force');
			expect(forced.status).toBe(0);
			expect(readdirSync(stories)).toEqual([id]);
		});
		it('builds, and the story page shows every state, every event, and says they are not yet reviewed', () => {
			// As a fresh clone: SvelteKit writes its generated files first (npm's prepare step).
			expect(spawnSync('npx', ['svelte-kit', 'sync'], { cwd: site }).status).toBe(0);
			const build = spawnSync('npm', ['run', 'build'], { cwd: site, encoding: 'utf8' });
			expect(build.stderr + build.stdout).not.toMatch(/Invalid story data/);
			expect(build.status).toBe(0);
			const story = parse(readFileSync(join(folder, 'story.yaml'), 'utf8'));
			const page = readFileSync(join(site, 'build', 'stories', id, 'index.html'), 'utf8');
			expect(page).toContain('Non vérifié');
			for (const event of story.events) expect(page).toContain(`/events/${event.id}"`);
			for (const place of story.places.filter((p: { kind: string }) => p.kind === 'country'))
				expect(page).toContain(place.name.fr);
			// The draft lists no memberships: the map and its table say so, and call no state a non-member.
			expect(story.memberships).toEqual([]);
			expect(page).toContain('Appartenance non précisée');
			expect(page).not.toMatch(/non membre/i);
			const eventPage = readFileSync(
				join(site, 'build', 'stories', id, 'events', story.events[0].id, 'index.html'),
				'utf8'
			);
			expect(eventPage).toContain('Non vérifié');
			expect(existsSync(join(site, 'build', 'embed', id, 'explorer', 'index.html'))).toBe(true);
		});
	}
);
