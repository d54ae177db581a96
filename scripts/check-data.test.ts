import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryDataError, loadStories } from '../src/lib/server/stories';
import { formatProblem } from '../src/lib/story/validate';

const REAL = 'data/stories/otsc-minsk-summit';
const CORPUS = 'tests/fixtures/malformed';
const work = mkdtempSync(join(tmpdir(), 'chronomap-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...folders: string[]) {
	const result = spawnSync('npx', ['tsx', 'scripts/check-data.ts', ...folders], {
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts the checker in a process of its own, which a busy machine makes slow.
describe('npm run check:data', { timeout: 60_000 }, () => {
	it('passes the bundled stories, printing their warnings apart without failing', () => {
		const { status, stdout, stderr } = run();
		expect(stdout).toMatch(
			/story folder\(s\) valid \(.*otsc-minsk-summit.*\)(, \d+ warning\(s\))?\.$/m
		);
		for (const line of stderr.trim().split('\n').filter(Boolean))
			expect(line).toMatch(/ \[(source-date|source-title|limit)\] warning: /);
		expect(status).toBe(0);
	});

	it('fails a broken copy of the real story with every problem, named by file, line, path and rule', () => {
		const copy = join(work, 'otsc-minsk-summit');
		cpSync(REAL, copy, { recursive: true });
		const yaml = readFileSync(join(copy, 'story.yaml'), 'utf8')
			.replace(/(quote: ["'])Poutine s’est rendu à Minsk/, '$1Poutine est allé à Minsk')
			.replace('  - state: ARM', '  - state: ARX');
		writeFileSync(join(copy, 'story.yaml'), yaml);
		const { status, stderr } = run(copy);
		expect(status).toBe(1);
		const lines = stderr.trim().split('\n');
		expect(lines.at(-1)).toMatch(/^2 problem\(s\) in 1 story folder\(s\)(, \d+ warning\(s\))?\.$/);
		expect(lines[0]).toMatch(
			/otsc-minsk-summit\/story\.yaml:\d+:\d+ events\[\d+\]\.provenance\[0\]\.quote \[quote-verbatim\] quote "Poutine est allé à Minsk.*" does not occur in the source text character for character$/
		);
		expect(lines[1]).toMatch(
			/story\.yaml:\d+:\d+ memberships\[\d+\]\.state \[iso-3166\] "ARX" is not an ISO 3166-1 alpha-3 country code$/
		);
	});

	it('checks every story of another folder with --dir, naming the valid ones', () => {
		const root = join(work, 'dir');
		cpSync(REAL, join(root, 'otsc-minsk-summit'), { recursive: true });
		cpSync(REAL, join(root, '.otsc-minsk-summit.half-written.new'), { recursive: true });
		const { status, stdout } = run('--dir', root);
		expect(stdout).toMatch(
			/^1 story folder\(s\) valid \(otsc-minsk-summit\)(, \d+ warning\(s\))?\.$/m
		);
		expect(status).toBe(0);
	});

	it.each([
		[['--dir'], /--dir.*argument missing|needs a value/i],
		[['--dir', 'a', 'b'], /--dir or story folders, not both/],
		[['--verbose'], /Unknown option '--verbose'/]
	])('refuses the command line %j with its usage', (args, message) => {
		const { status, stderr } = run(...args);
		expect(stderr).toMatch(message);
		expect(stderr).toMatch(/Usage: npm run check:data/);
		expect(status).toBe(2);
	});

	it('says which folder is missing', () => {
		const { status, stderr } = run(join(work, 'nowhere'));
		expect(status).toBe(1);
		expect(stderr).toMatch(/nowhere \(root\) \[file\] missing: no such story folder/);
	});

	it('reports exactly what stops the build, for every malformed story', () => {
		const folders = readdirSync(CORPUS).map((name) => join(CORPUS, name));
		const { status, stderr } = run(...folders);
		expect(status).toBe(1);
		const printed = stderr.trim().split('\n').slice(0, -2); // a blank line, then the count

		let thrown: unknown;
		try {
			loadStories(CORPUS);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(StoryDataError);
		const built = (thrown as StoryDataError).problems.map(formatProblem);
		expect(printed).toEqual(built);
		// The case that once passed one and failed the other.
		expect(built).toContain(
			`${CORPUS}/folder-name/story.yaml:2:5 id [folder-name] id "other-name" must match its folder name "folder-name"`
		);
	});
});
