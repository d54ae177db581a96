/**
 * `npm run check:data [--strict] [--dir folder | story folders…]`: validate every story
 * (default: data/stories/*; `--dir`: every story folder in another folder, as a build from
 * `CHRONOMAP_STORIES_DIR` reads them) and print each problem as
 * `file:line:column path [rule] message`, errors first, then warnings
 * (`[rule] warning: message`), then the stories found valid by id. Exits 1 on any error;
 * warnings alone do not fail. The build runs the very same checks
 * (src/lib/server/stories.ts). `--strict` is the publishing check: a machine draft
 * (`review: draft`) left anywhere is an error too.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { STORIES_ROOT, checkStoryFolders, checkStoryRoot } from '../src/lib/server/story-folder';
import { reviewProblems } from '../src/lib/story/review';
import { formatProblem, type Problem } from '../src/lib/story/validate';
import { STORY_FILE } from '../src/lib/story/story-files';

/** The drafts left in valid story folders (their files were read and checked already). */
function draftsIn(folders: string[]): Problem[] {
	return folders.flatMap((folder) => {
		const path = join(folder, STORY_FILE);
		return reviewProblems(relative(process.cwd(), path), readFileSync(path, 'utf8'));
	});
}

/** Every error of one story folder, and with `strict` its drafts. */
export function checkStoryFolder(folder: string, strict = false): Problem[] {
	const { problems } = checkStoryFolders([folder]);
	return problems.length === 0 && strict ? draftsIn([folder]) : problems;
}

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: { strict: { type: 'boolean' }, dir: { type: 'string' } }
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values, positionals: args } = parsed;
	if (values.dir !== undefined && args.length > 0) {
		console.error(`--dir or story folders, not both\n${USAGE}`);
		return 2;
	}
	const strict = values.strict ?? false;
	const root = values.dir ?? STORIES_ROOT;
	const checked = args.length > 0 ? checkStoryFolders(args) : checkStoryRoot(root);
	const { warnings, folders } = checked;
	const problems =
		checked.problems.length === 0 && strict
			? draftsIn(args.length > 0 ? args : checked.valid.map(({ story }) => join(root, story.id)))
			: checked.problems;
	for (const problem of problems) console.error(formatProblem(problem));
	for (const warning of warnings) console.warn(formatProblem(warning));
	const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : '';
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s) in ${folders} story folder(s)${warned}.`);
		return 1;
	}
	const ids = checked.valid.map(({ story }) => story.id).join(', ');
	console.log(
		`${folders} story folder(s) valid${ids ? ` (${ids})` : ''}${strict ? ', none with a draft left' : ''}${warned}.`
	);
	return 0;
}

const USAGE = 'Usage: npm run check:data -- [--strict] [--dir folder | story folders…]';

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
