/**
 * `npm run check:data [story folders…]`: validate every story (default: data/stories/*)
 * and print each problem as `file:line:column path [rule] message`, errors first, then
 * warnings (`[rule] warning: message`). Exits 1 on any error; warnings alone do not fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validateStory, type Problem } from '../src/lib/story/validate';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

export interface FolderReport {
	errors: Problem[];
	warnings: Problem[];
}

/** Validate one story folder; a missing file is an error too. */
export function checkStoryFolder(folder: string): FolderReport {
	const storyPath = join(folder, STORY_FILE);
	const sourcePath = join(folder, SOURCE_FILE);
	const file = relative(process.cwd(), storyPath);
	for (const path of [storyPath, sourcePath]) {
		if (!existsSync(path)) {
			return {
				errors: [
					{
						file: relative(process.cwd(), path),
						path: '',
						rule: 'yaml',
						message: 'file is missing'
					}
				],
				warnings: []
			};
		}
	}
	const result = validateStory(
		file,
		readFileSync(storyPath, 'utf8'),
		readFileSync(sourcePath, 'utf8')
	);
	return { errors: result.problems, warnings: result.warnings };
}

function main(args: string[]): number {
	const folders =
		args.length > 0
			? args
			: readdirSync('data/stories', { withFileTypes: true })
					.filter((entry) => entry.isDirectory())
					.map((entry) => join('data/stories', entry.name));
	const reports = folders.map(checkStoryFolder);
	const errors = reports.flatMap((report) => report.errors);
	const warnings = reports.flatMap((report) => report.warnings);
	for (const problem of errors) console.error(formatProblem(problem));
	for (const problem of warnings) console.warn(formatProblem(problem));
	const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : '';
	if (errors.length > 0) {
		console.error(`\n${errors.length} problem(s) in ${folders.length} story folder(s)${warned}.`);
		return 1;
	}
	console.log(`${folders.length} story folder(s) valid${warned}.`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
