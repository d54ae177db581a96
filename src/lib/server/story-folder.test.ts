import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../story/synthetic';
import { LIMITS } from '../story/limits';
import type { CheckedStories } from '../story/story-files';
import { formatProblem, type Problem } from '../story/validate';
import { checkStoryFolder, checkStoryRoot, displayPath } from './story-folder';
import { StoryDataError, loadStories } from './stories';

/**
 * The corpus of malformed stories: each folder of tests/fixtures/malformed breaks one rule
 * and its expected.txt lists the problems it must produce, as check:data prints them but
 * with paths from the folder (`story.yaml:58:16 events[1]… [rule] message`).
 */
const CORPUS = 'tests/fixtures/malformed';
const MINIMAL = 'src/lib/story/fixtures/minimal';
const cases = readdirSync(CORPUS, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

/** Problem lines with the folder's own path taken off, as expected.txt has them. */
function linesOf(problems: Problem[], folder: string): string[] {
	const prefix = displayPath(folder);
	return problems.map((problem) => {
		const line = formatProblem(problem);
		return line.startsWith(`${prefix}/`)
			? line.slice(prefix.length + 1)
			: line.slice(prefix.length);
	});
}

function expectedOf(name: string): string[] {
	return readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
		.trimEnd()
		.split('\n');
}

describe('the corpus of malformed stories', () => {
	it('has at least 40 folders, each expecting at least one problem', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		for (const name of cases) expect(expectedOf(name).filter(Boolean), name).not.toEqual([]);
	});

	it.each(cases)('%s gives exactly its expected problems', (name) => {
		const folder = join(CORPUS, name);
		expect(linesOf(checkStoryFolder(folder).problems, folder)).toEqual(expectedOf(name));
	});
});

/** A minimal valid story in `folder`, its id set to the folder's name. */
function writeValid(folder: string) {
	mkdirSync(folder, { recursive: true });
	const name = folder.split('/').at(-1)!;
	const yaml = readFileSync(join(MINIMAL, 'story.yaml'), 'utf8').replace(
		'id: minimal',
		`id: ${name}`
	);
	writeFileSync(join(folder, 'story.yaml'), yaml);
	cpSync(join(MINIMAL, 'source.txt'), join(folder, 'source.txt'));
	return yaml;
}

function randomBytes(length: number, seed: number, withNul: boolean): Uint8Array {
	const random = seededRandom(seed);
	return Uint8Array.from({ length }, () =>
		withNul ? Math.floor(random() * 256) : 1 + Math.floor(random() * 255)
	);
}

/**
 * Cases made at test time: too large or too odd to keep in git (a 50 MB file, a FIFO,
 * links), each with the one problem line it must give, or a pattern for it.
 */
const generated: { name: string; make: (folder: string) => void; expected: (string | RegExp)[] }[] =
	[
		{
			name: 'huge-story',
			make: (folder) => {
				writeValid(folder);
				truncateSync(join(folder, 'story.yaml'), 50 * 1024 * 1024); // sparse: costs no disk
			},
			expected: ['story.yaml (root) [too-large] too large: 50 MB, limit 2 MB']
		},
		{
			name: 'huge-source',
			make: (folder) => {
				writeValid(folder);
				truncateSync(join(folder, 'source.txt'), 5 * 1024 * 1024);
			},
			expected: ['source.txt (root) [too-large] too large: 5 MB, limit 1 MB']
		},
		{
			name: 'binary-junk-story',
			make: (folder) => {
				writeValid(folder);
				writeFileSync(join(folder, 'story.yaml'), randomBytes(64 * 1024, 1, true));
			},
			expected: [/^story\.yaml:\d+:1 \(root\) \[encoding\] not text: it holds NUL bytes/]
		},
		{
			name: 'binary-junk-no-nul-source',
			make: (folder) => {
				writeValid(folder);
				writeFileSync(join(folder, 'source.txt'), randomBytes(64 * 1024, 2, false));
			},
			expected: [
				/^source\.txt:\d+:\d+ \(root\) \[encoding\] not UTF-8: byte 0x[0-9A-F]{2} here is not valid UTF-8/
			]
		},
		{
			name: 'symlink-story',
			make: (folder) => {
				writeValid(folder);
				rmSync(join(folder, 'story.yaml'));
				symlinkSync('/etc/passwd', join(folder, 'story.yaml'));
			},
			expected: [
				'story.yaml (root) [file] is a symbolic link; a story file must be a regular file inside its folder'
			]
		},
		{
			name: 'directory-story',
			make: (folder) => {
				writeValid(folder);
				rmSync(join(folder, 'story.yaml'));
				mkdirSync(join(folder, 'story.yaml'));
			},
			expected: ['story.yaml (root) [file] is a folder, not a file']
		},
		{
			name: 'fifo-source',
			make: (folder) => {
				writeValid(folder);
				rmSync(join(folder, 'source.txt'));
				const made = spawnSync('mkfifo', [join(folder, 'source.txt')]);
				expect(made.status, 'mkfifo').toBe(0);
			},
			expected: ['source.txt (root) [file] is not a regular file (a FIFO, socket or device)']
		},
		{
			name: 'not-a-folder',
			make: (folder) => writeFileSync(folder, 'id: not-a-folder\n'),
			expected: [
				' (root) [file] is not a folder; a story is a folder holding story.yaml and source.txt'
			]
		},
		{
			name: 'symlinked-folder',
			make: (folder) => symlinkSync(join(process.cwd(), MINIMAL), folder),
			expected: [' (root) [file] is a symbolic link; a story folder must be a real folder']
		},
		{
			name: 'quote-110-kb',
			make: (folder) => {
				const yaml = writeValid(folder);
				const quote = 'Nous devons reculer. '.repeat(5400); // 110 KB
				writeFileSync(
					join(folder, 'story.yaml'),
					yaml.replace('quote: « Nous devons avancer »', `quote: '${quote}'`)
				);
			},
			expected: [
				'story.yaml:58:16 events[1].provenance[0].quote [quote-verbatim] quote "Nous devons reculer. Nous devons reculer. Nous devons recule…" does not occur in the source text character for character'
			]
		},
		{
			name: 'long-key',
			make: (folder) => {
				const yaml = writeValid(folder);
				writeFileSync(join(folder, 'story.yaml'), `${yaml}${'k'.repeat(1000)}: 1\n`);
			},
			expected: [
				'story.yaml:68:1003 "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…" [schema] is not a known key here'
			]
		},
		{
			name: 'two-mb-of-brackets',
			make: (folder) => {
				writeValid(folder);
				writeFileSync(join(folder, 'story.yaml'), '['.repeat(LIMITS.storyBytes));
			},
			expected: [
				'story.yaml:1:33 (root) [limit] nested deeper than 32 levels of lists and mappings; a story needs fewer than 10'
			]
		},
		{
			name: 'half-a-million-items',
			make: (folder) => {
				const yaml = writeValid(folder);
				writeFileSync(join(folder, 'story.yaml'), `${yaml}extra: [${'1,'.repeat(500_000)}1]\n`);
			},
			expected: ['story.yaml:68:8 (root) [limit] more than 2,000 items in one list or mapping']
		}
	];

// Each check runs the validator over every folder; a busy machine makes that slow.
describe('a root of broken story folders, validated together', { timeout: 60_000 }, () => {
	let root: string;
	let checked: CheckedStories;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'chronomap-malformed-'));
		cpSync(CORPUS, root, { recursive: true });
		for (const { name, make } of generated) make(join(root, name));
		writeValid(join(root, 'valid-story'));
		checked = checkStoryRoot(root);
	}, 60_000);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it.each(generated)('$name gives its one problem', ({ name, expected }) => {
		const folder = join(root, name);
		const lines = linesOf(checkStoryFolder(folder).problems, folder);
		expect(lines).toHaveLength(expected.length);
		expected.forEach((line, i) => expect(lines[i]).toMatch(line));
	});

	it('reports every folder’s problems, none lost to another’s, and keeps the valid story', () => {
		expect(checked.folders).toBe(cases.length + generated.length + 1);
		for (const name of [...cases, ...generated.map((c) => c.name)]) {
			const folder = join(root, name);
			const own = checked.problems.filter(
				(p) => p.file === displayPath(folder) || p.file.startsWith(`${displayPath(folder)}/`)
			);
			expect(own, name).toEqual(checkStoryFolder(folder).problems);
			expect(own.length, name).toBeGreaterThan(0);
		}
		expect(checked.valid.map((v) => v.story.id)).toEqual(['valid-story']);
	});

	it('keeps its output bounded: short messages, a capped number per file', () => {
		const { problems } = checked;
		for (const problem of problems) {
			expect(problem.message.length).toBeLessThanOrEqual(LIMITS.messageChars + 1);
			expect(formatProblem(problem).length).toBeLessThan(600);
		}
		const perFile = new Map<string, Problem[]>();
		for (const p of problems) perFile.set(p.file, [...(perFile.get(p.file) ?? []), p]);
		for (const list of perFile.values()) {
			expect(list.length).toBeLessThanOrEqual(LIMITS.problemsPerFile + 1);
		}
		expect(perFile.get(`${displayPath(join(root, 'many-problems'))}/story.yaml`)?.at(-1)).toEqual(
			expect.objectContaining({
				rule: 'limit',
				message: '70 more problem(s) not listed: only the first 50 of a file are'
			})
		);
	});

	it('stops the build with the same problems, all of them, in one error', () => {
		const { problems } = checked;
		let thrown: unknown;
		try {
			loadStories(root);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(StoryDataError);
		expect((thrown as StoryDataError).problems).toEqual(problems);
		expect((thrown as Error).message.split('\n').slice(1)).toEqual(problems.map(formatProblem));
	});
});
