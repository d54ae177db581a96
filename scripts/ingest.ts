/**
 * `npm run ingest -- <article.txt|article.html> --published YYYY-MM-DD [--lang fr|en]
 * [--id <id>] [--out <folder>] [--force]`: drafts a story from an article into
 * `<out>/<id>/source.txt` and `story.yaml` (default out: data/stories). The folder appears
 * whole or not at all: both files are written to a temporary folder that is then renamed.
 */
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ingest, IngestError, toYaml, type IngestResult } from '../src/lib/ingest/index';
import { formatProblem, validateStory } from '../src/lib/story/validate';
import { storyArgs, UsageError, type StoryArgs } from './story-args';

/** Files larger than this are refused (a news article is a few tens of kilobytes, its page a few hundred). */
export const MAX_BYTES = 5 * 1024 * 1024;

const USAGE =
	'usage: npm run ingest -- <article.txt|article.html> --published YYYY-MM-DD [--lang fr|en] [--id <id>] [--out <folder>] [--force]';

export interface Options extends StoryArgs {
	published: string;
}

export function parseArgs(args: string[]): Options {
	const options = storyArgs(args, 'article');
	if (!options.published) throw new UsageError('--published YYYY-MM-DD is required');
	return { ...options, published: options.published };
}

/** The article's text, or an IngestError naming the file and what is wrong with it. */
export function readArticle(file: string): { text: string; html: boolean } {
	let size: number;
	try {
		const stat = statSync(file);
		if (!stat.isFile()) throw new IngestError(`${file}: not a file`);
		size = stat.size;
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError(
			`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
		);
	}
	if (size > MAX_BYTES)
		throw new IngestError(
			`${file}: ${size} bytes is more than the ${MAX_BYTES} allowed for an article`
		);
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		throw new IngestError(
			`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
		);
	}
	if (bytes.includes(0))
		throw new IngestError(`${file}: binary file (it holds NUL bytes), not an article`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
	} catch {
		throw new IngestError(`${file}: not UTF-8 text`);
	}
	if (text.trim() === '') throw new IngestError(`${file}: empty article`);
	const html = /^\.html?$/i.test(extname(file)) || /^\s*<(?:!doctype html|html)/iu.test(text);
	return { text, html };
}

/** Write both files into a temporary folder beside the target, then rename it into place. */
export function writeStory(out: string, result: IngestResult, force: boolean): string {
	return writeStoryFolder(
		out,
		result.id,
		{ 'source.txt': result.source, 'story.yaml': toYaml(result.story) },
		force
	);
}

/**
 * The story folder `<out>/<id>/` with its files, whole or not at all: written into a
 * temporary folder beside the target, then renamed into place. An existing folder is
 * replaced only with `force`; `npm run import` shares this.
 */
export function writeStoryFolder(
	out: string,
	id: string,
	files: Record<'source.txt' | 'story.yaml', string>,
	force: boolean
): string {
	const target = join(out, id);
	if (existsSync(target) && !force)
		throw new IngestError(`${target} already exists (use --force to replace it)`);
	const temp = mkdtempSync(join(out, `.${id}.tmp-`));
	try {
		for (const [name, text] of Object.entries(files)) writeFileSync(join(temp, name), text);
		if (existsSync(target)) {
			const old = `${temp}-old`;
			renameSync(target, old);
			renameSync(temp, target);
			rmSync(old, { recursive: true, force: true });
		} else renameSync(temp, target);
	} catch (error) {
		rmSync(temp, { recursive: true, force: true });
		throw error;
	}
	return target;
}

export function run(args: string[]): number {
	let options: Options;
	try {
		options = parseArgs(args);
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	try {
		const article = readArticle(options.file);
		if (!existsSync(options.out))
			throw new IngestError(`${options.out}: output folder does not exist`);
		const result = ingest({
			...(article.html
				? {
						html: article.text,
						parseHtml: (html: string) => parseHTML(html).document as unknown as Document
					}
				: { text: article.text }),
			published: options.published,
			...(options.lang && { lang: options.lang }),
			...(options.id && { id: options.id })
		});
		// The draft must be a valid story: a problem here is the engine's, reported as such.
		const check = validateStory(`${result.id}/story.yaml`, toYaml(result.story), result.source);
		if (!check.ok) {
			console.error(`${options.file}: the draft is not a valid story (a bug in ingest):`);
			for (const problem of check.problems) console.error(`  ${formatProblem(problem)}`);
			return 1;
		}
		const target = writeStory(options.out, result, options.force);
		const counts = Object.entries(result.summary.drafted)
			.filter(([, n]) => n > 0)
			.map(([what, n]) => `${n} ${what}`)
			.join(', ');
		console.log(`${basename(options.file)} (${result.lang}) → ${target}/`);
		console.log(`drafted: ${counts}`);
		if (result.summary.unresolved.length > 0) {
			console.log(`not resolved (${result.summary.unresolved.length}):`);
			for (const item of result.summary.unresolved) console.log(`  - ${item}`);
		}
		console.log(
			'Every drafted fact is marked `review: draft`; `npm run check:data -- --strict` fails until all are reviewed.'
		);
		return 0;
	} catch (error) {
		if (error instanceof IngestError) {
			console.error(
				error.message.startsWith(options.file) ? error.message : `${options.file}: ${error.message}`
			);
			return 1;
		}
		throw error;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(run(process.argv.slice(2)));
