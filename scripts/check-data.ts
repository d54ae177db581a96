/**
 * `npm run check:data [story folders…]`: validate every story (default: data/stories/*)
 * and print each problem as `file:line:column path [rule] message`. Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validateStory, type Problem } from '../src/lib/story/validate';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

/** Validate one story folder; a missing file is a problem too. */
export function checkStoryFolder(folder: string): Problem[] {
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
	return validateStory(file, readFileSync(storyPath, 'utf8'), readFileSync(sourcePath, 'utf8'))
		.problems;
}

function main(args: string[]): number {
	const folders =
		args.length > 0
			? args
			: readdirSync('data/stories', { withFileTypes: true })
					.filter((entry) => entry.isDirectory())
					.map((entry) => join('data/stories', entry.name));
	const problems = folders.flatMap(checkStoryFolder);
	for (const problem of problems) console.error(formatProblem(problem));
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s) in ${folders.length} story folder(s).`);
		return 1;
	}
	console.log(`${folders.length} story folder(s) valid.`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
