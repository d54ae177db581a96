/**
 * `npm run check:data [story folders…]`: validate every story (default: data/stories/*)
 * and print each problem as `file:line:column path [rule] message`. Exits 1 on any problem.
 * The build runs the very same checks (src/lib/server/stories.ts).
 */
import { checkStoryFolders, checkStoryRoot } from '../src/lib/server/story-folder';
import { formatProblem } from '../src/lib/story/validate';

function main(args: string[]): number {
	const { problems, folders } = args.length > 0 ? checkStoryFolders(args) : checkStoryRoot();
	for (const problem of problems) console.error(formatProblem(problem));
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s) in ${folders} story folder(s).`);
		return 1;
	}
	console.log(`${folders} story folder(s) valid.`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
