import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from './import';
import { checkStoryFolder } from './check-data';

const work = mkdtempSync(join(tmpdir(), 'chronomap-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const TEMPLATE = 'node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv';
const ERAS = 'node_modules/@knight-lab/timelinejs/src/template/eras.json';

/** Run the command in this process, with what it prints. */
function importFile(...args: string[]) {
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

/** A fresh output folder, so that each case sees only what it wrote. */
function outFolder(name: string): string {
	const folder = join(work, name);
	mkdirSync(folder);
	return folder;
}

describe('npm run import', () => {
	it.each([
		['a TimelineJS sheet saved as CSV', TEMPLATE, 'women', 10],
		['a TimelineJS JSON file', ERAS, 'seventh-century', 20]
	])('writes %s as a story folder that check:data accepts', (_, file, id, events) => {
		const out = outFolder(id);
		const result = importFile(file, '--id', id, '--published', '2026-12-04', '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`→ ${join(out, id)}/ (${events} events, all drafts)`);
		expect(readdirSync(out)).toEqual([id]);
		expect(readdirSync(join(out, id)).sort()).toEqual(['source.txt', 'story.yaml']);
		expect(checkStoryFolder(join(out, id))).toEqual([]);
		// Drafts: the publishing check refuses them until a person has reviewed each.
		expect(checkStoryFolder(join(out, id), true).length).toBeGreaterThan(0);
	});

	it('refuses to replace a story, and leaves it as it was', () => {
		const out = outFolder('twice');
		expect(importFile(TEMPLATE, '--id', 'women', '--out', out).status).toBe(0);
		const before = readFileSync(join(out, 'women', 'story.yaml'), 'utf8');
		const again = importFile(ERAS, '--id', 'women', '--out', out);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/women already exists \(use --force to replace it\)/);
		expect(readFileSync(join(out, 'women', 'story.yaml'), 'utf8')).toBe(before);
		expect(readdirSync(out)).toEqual(['women']);
	});

	it.each<[string, () => string[], RegExp, number]>([
		['no file', () => ['--id', 'x'], /no file given/, 2],
		['no id', () => [TEMPLATE], /--id <id> is required/, 2],
		['a bad id', () => [TEMPLATE, '--id', 'Mon Id'], /--id "Mon Id" must be lower-case/, 2],
		[
			'another kind of file',
			() => ['story.yaml', '--id', 'x'],
			/a \.json \(TimelineJS\) or \.csv file is expected/,
			2
		],
		[
			'a missing file',
			() => [join(work, 'missing.json'), '--id', 'x'],
			/missing\.json: cannot be read \(ENOENT\)/,
			1
		],
		[
			'a binary file',
			() => {
				const file = join(work, 'binary.csv');
				writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
				return [file, '--id', 'x'];
			},
			/binary\.csv: not imported:\n {2}CSV file: binary file/,
			1
		],
		[
			'a CSV that is not a timeline',
			() => [
				'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/parser_test.csv',
				'--id',
				'x'
			],
			/no date column/,
			1
		]
	])('refuses %s with a message naming it, and writes nothing', (name, args, message, status) => {
		const out = outFolder(`refused-${name.replaceAll(' ', '-')}`);
		const result = importFile(...args(), '--out', out);
		expect(result.stderr).toMatch(message);
		expect(result.status).toBe(status);
		expect(readdirSync(out)).toEqual([]);
	});
});
