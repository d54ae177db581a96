/**
 * `npm run import -- <timeline.json|events.csv> --id <id> [--lang fr|en]
 * [--published YYYY-MM-DD] [--out <folder>] [--force]`: a TimelineJS file, a TimelineJS
 * sheet saved as CSV or a CSV of events becomes a draft story in `<out>/<id>/` (default out:
 * data/stories), written whole or not at all, as `npm run ingest` writes an article's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
	MAX_INPUT_BYTES,
	storyYaml,
	type Imported,
	type ImportOptions
} from '../src/lib/studio/interop/draft';
import { fromTimelineJs } from '../src/lib/studio/interop/timelinejs';
import { fromEventsCsv } from '../src/lib/studio/interop/events-csv';
import { writeStoryFolder } from './ingest';
import { storyArgs, UsageError } from './story-args';

const USAGE =
	'usage: npm run import -- <timeline.json|events.csv> --id <id> [--lang fr|en] [--published YYYY-MM-DD] [--out <folder>] [--force]';

export interface Options extends ImportOptions {
	file: string;
	id: string;
	out: string;
	force: boolean;
}

export function parseArgs(args: string[]): Options {
	const { id, ...options } = storyArgs(args, 'file');
	if (!/^\.(json|csv)$/i.test(extname(options.file)))
		throw new UsageError(`${options.file}: a .json (TimelineJS) or .csv file is expected`);
	if (!id) throw new UsageError('--id <id> is required: the story folder’s name');
	return { ...options, id };
}

/** The file's bytes, or a message naming the file and what is wrong with it. */
function readBytes(file: string): Uint8Array | string {
	try {
		const stat = statSync(file);
		if (!stat.isFile()) return `${file}: not a file`;
		if (stat.size > MAX_INPUT_BYTES)
			return `${file}: ${stat.size} bytes is more than the ${MAX_INPUT_BYTES} allowed`;
		return readFileSync(file);
	} catch (error) {
		return `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
	}
}

export function run(args: string[]): number {
	let options: Options;
	try {
		options = parseArgs(args);
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { file, out, force, ...importOptions } = options;
	if (!existsSync(out)) {
		console.error(`${out}: output folder does not exist`);
		return 1;
	}
	const bytes = readBytes(file);
	if (typeof bytes === 'string') {
		console.error(bytes);
		return 1;
	}
	let result: Imported;
	if (/\.json$/i.test(file)) result = fromTimelineJs(bytes, importOptions);
	else {
		// The CSV imports take text: bytes that are not UTF-8 are refused here, as there.
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			console.error(`${file}: not UTF-8 text; save it as UTF-8`);
			return 1;
		}
		result = fromEventsCsv(text, importOptions);
	}
	if (!result.ok) {
		console.error(`${file}: not imported:`);
		for (const problem of result.problems) console.error(`  ${problem}`);
		return 1;
	}
	let target: string;
	try {
		target = writeStoryFolder(
			out,
			options.id,
			{
				'source.txt': result.sourceText,
				'story.yaml':
					`# Machine draft imported from ${basename(file)} by \`npm run import\`. Every fact marked\n` +
					'# `review: draft` still needs a person: check it against real sources, translate its\n' +
					'# texts, then delete the `review` line. `npm run check:data -- --strict` fails until then.\n' +
					storyYaml(result.story)
			},
			force
		);
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	const events = (result.story as { events: unknown[] }).events.length;
	console.log(`${basename(file)} → ${target}/ (${events} events, all drafts)`);
	if (result.warnings.length > 0) {
		console.log(`warnings (${result.warnings.length}):`);
		for (const warning of result.warnings) console.log(`  - ${warning}`);
	}
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(run(process.argv.slice(2)));
