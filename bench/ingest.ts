/**
 * The ingest section of `npm run bench`: how long the engine takes to draft one article of
 * about 3,000 characters (the first call, which builds the engine's tables, and later ones)
 * and a batch of 100 articles. Targets: under 1 s, and under 30 s for the batch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { ingest, type IngestInput } from '../src/lib/ingest/index';
import { summarize, type Summary } from './stats';

export interface IngestFigures {
	characters: number;
	/** The first draft in the process: it builds the place and date tables. */
	firstMs: number;
	single: Summary;
	batch: { articles: number; totalMs: number };
}

const FIXTURES = 'tests/fixtures/articles';

function articles(): IngestInput[] {
	const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
	const inputs: IngestInput[] = [
		{
			text: readFileSync('data/stories/otsc-minsk-summit/source.txt', 'utf8'),
			published: '2023-11-23'
		}
	];
	for (const file of readdirSync(FIXTURES).filter((f) => /\.(txt|html)$/.test(f))) {
		const content = readFileSync(`${FIXTURES}/${file}`, 'utf8');
		const { published } = JSON.parse(
			readFileSync(`${FIXTURES}/${file.replace(/\.(txt|html)$/, '.expected.json')}`, 'utf8')
		) as { published: string };
		inputs.push(
			file.endsWith('.html')
				? { html: content, parseHtml, published }
				: { text: content, published }
		);
	}
	return inputs;
}

export function measureIngest(runs: number): IngestFigures {
	const all = articles();
	// 3,000 characters: the bundled article, then the fixtures' paragraphs after it.
	const texts = all.flatMap((a) => (a.text ? [a.text] : []));
	const text = texts.join('\n\n').slice(0, 3_000);
	const one: IngestInput = { text, published: '2023-11-23', lang: 'fr' };
	let start = performance.now();
	ingest(one);
	const firstMs = performance.now() - start;
	const times: number[] = [];
	for (let i = 0; i < Math.max(runs, 5); i++) {
		start = performance.now();
		ingest(one);
		times.push(performance.now() - start);
	}
	start = performance.now();
	for (let i = 0; i < 100; i++) ingest(all[i % all.length]!);
	return {
		characters: text.length,
		firstMs,
		single: summarize(times),
		batch: { articles: 100, totalMs: performance.now() - start }
	};
}

export function ingestMarkdown(f: IngestFigures): string[] {
	const verdict = (ms: number, target: number) => (ms < target ? 'met' : 'missed');
	return [
		'## Ingest',
		'',
		`Drafting a story from an article in Node (\`src/lib/ingest\`), in the benchmark's process.`,
		'',
		'| what | time | target |',
		'| --- | --: | --- |',
		`| one article of ${f.characters.toLocaleString('en')} characters, first in the process (builds the tables) | ${f.firstMs.toFixed(0)} ms | < 1,000 ms: ${verdict(f.firstMs, 1000)} |`,
		`| the same article again (median, range) | ${f.single.median.toFixed(0)} ms (${f.single.min.toFixed(0)}–${f.single.max.toFixed(0)}) | < 1,000 ms: ${verdict(f.single.median, 1000)} |`,
		`| ${f.batch.articles} articles in a batch (the bundled one and the fixtures, in turn) | ${(f.batch.totalMs / 1000).toFixed(1)} s | < 30 s: ${verdict(f.batch.totalMs, 30_000)} |`,
		''
	];
}
