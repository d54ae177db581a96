/**
 * `npm run check:data [story folders…]`: validate every story (default: data/stories/*)
 * and print each problem as `file:line:column path [rule] message`, errors first, then
 * warnings (`[rule] warning: message`). Exits 1 on any error; warnings alone do not fail.
 * The build runs the very same checks (src/lib/server/stories.ts).
 */
import { checkStoryFolders, checkStoryRoot } from '../src/lib/server/story-folder';
import { formatProblem } from '../src/lib/story/validate';

function main(args: string[]): number {
	const { problems, warnings, folders } =
		args.length > 0 ? checkStoryFolders(args) : checkStoryRoot();
	for (const problem of problems) console.error(formatProblem(problem));
	for (const warning of warnings) console.warn(formatProblem(warning));
	const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : '';
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s) in ${folders} story folder(s)${warned}.`);
		return 1;
	}
	console.log(`${folders} story folder(s) valid${warned}.`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
