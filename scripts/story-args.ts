/**
 * The options `npm run ingest` and `npm run import` share: one input file, `--published`,
 * `--lang`, `--id`, `--out` and `--force`, read with Node's own argument parser. Each command
 * adds its own rules (what the file must be, which options are required).
 */
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { Id } from '../src/lib/story/schema';

/** A command line the command cannot run: its message is shown above the usage. */
export class UsageError extends Error {}

export interface StoryArgs {
	/** The input file. */
	file: string;
	published?: string;
	lang?: 'fr' | 'en';
	id?: string;
	/** The folder the story's folder is written into (default data/stories). */
	out: string;
	/** Replace a story folder that already exists. */
	force: boolean;
}

/** The shared options of `args`; `what` names the input file in messages ("article", "file"). */
export function storyArgs(args: string[], what: string): StoryArgs {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse(args);
	} catch (error) {
		// Node's own message, such as "Unknown option '--x'", says what is wrong.
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new UsageError(`no ${what} given`);
	if (positionals.length > 1)
		throw new UsageError(`one ${what} at a time (got ${positionals.join(' and ')})`);
	const { lang, id } = values;
	if (lang !== undefined && lang !== 'fr' && lang !== 'en')
		throw new UsageError(`--lang must be fr or en, not "${lang}"`);
	if (id !== undefined && !v.is(Id, id))
		throw new UsageError(`--id "${id}" must be lower-case letters, digits and hyphens`);
	return {
		file: positionals[0]!,
		...(values.published !== undefined && { published: values.published }),
		...(lang !== undefined && { lang }),
		...(id !== undefined && { id }),
		out: values.out ?? 'data/stories',
		force: values.force ?? false
	};
}

function parse(args: string[]) {
	const parsed = parseArgs({
		args,
		allowPositionals: true,
		strict: true,
		options: {
			published: { type: 'string' },
			lang: { type: 'string' },
			id: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean' }
		}
	});
	// A value that is another option ("--id --force") is a missing value, not an id.
	for (const [name, value] of Object.entries(parsed.values))
		if (typeof value === 'string' && value.startsWith('--'))
			throw new Error(`--${name} needs a value`);
	return parsed;
}
