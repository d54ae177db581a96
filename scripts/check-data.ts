/**
 * `npm run check:data [--strict] [story folders…]`: validate every story (default:
 * data/stories/*) and print each problem as `file:line:column path [rule] message`. Exits 1
 * on any problem. `--strict` is the publishing check: a machine draft (`review: draft`)
 * left anywhere is a problem too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validateStory, type Problem } from '../src/lib/story/validate';
import { reviewProblems } from '../src/lib/story/review';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

/** Validate one story folder; a missing file is a problem too. */
export function checkStoryFolder(folder: string, strict = false): Problem[] {
	const storyPath = join(folder, STORY_FILE);
	const sourcePath = join(folder, SOURCE_FILE);
	const file = relative(process.cwd(), storyPath);
	for (const path of [storyPath, sourcePath]) {
		if (!existsSync(path)) {
			return [
				{ file: relative(process.cwd(), path), path: '', rule: 'yaml', message: 'file is missing' }
			];
		}
	}
	const yamlText = readFileSync(storyPath, 'utf8');
	const problems = validateStory(file, yamlText, readFileSync(sourcePath, 'utf8')).problems;
	return strict ? [...problems, ...reviewProblems(file, yamlText)] : problems;
}

function main(argv: string[]): number {
	const strict = argv.includes('--strict');
	const args = argv.filter((arg) => arg !== '--strict');
	const folders =
		args.length > 0
			? args
			: readdirSync('data/stories', { withFileTypes: true })
					.filter((entry) => entry.isDirectory())
					.map((entry) => join('data/stories', entry.name));
	const problems = folders.flatMap((folder) => checkStoryFolder(folder, strict));
	for (const problem of problems) console.error(formatProblem(problem));
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s) in ${folders.length} story folder(s).`);
		return 1;
	}
	console.log(
		`${folders.length} story folder(s) valid${strict ? ', none with a draft left' : ''}.`
	);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
