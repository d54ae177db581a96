/**
 * The ingest section of `npm run bench` (or on its own: `npx tsx bench/ingest.ts [--runs N]`):
 * how long the engine takes to draft an article of 3,000 characters — the first call in a
 * fresh process, as the studio makes it in a fresh page, and later ones — and a batch of 100
 * articles; and what the engine weighs in a browser bundle, with the share of its place
 * tables. Targets: under 1 s for one article, under 30 s for the batch.
 *
 * The engine is bundled for the browser (Vite, minified) and each cold run is a fresh Node
 * process that imports that bundle: the same code a page loads, with no TypeScript compiler
 * in the timings.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { build } from 'vite';
import { ingest, type IngestInput } from '../src/lib/ingest/index';
import { formatBytes, summarize, type Summary } from './stats';

export interface IngestFigures {
	characters: number;
	machine: { cpu: string; cores: number; load: number[] };
	/** Fresh processes: loading the engine's modules, its first draft, a later draft (median of 5). */
	cold: { importMs: Summary; firstMs: Summary; warmMs: Summary };
	batch: { articles: number; totalMs: number };
	/** The engine bundled for a browser, and its place tables bundled alone. */
	bundle: { engine: Weight; placeTables: Weight };
}

interface Weight {
	raw: number;
	gzip: number;
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

/** One ES module, minified for the browser, as a page's bundle would carry it. */
async function bundle(entry: string, outDir: string): Promise<{ file: string; weight: Weight }> {
	await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			lib: { entry, formats: ['es'], fileName: 'bundle' },
			outDir,
			emptyOutDir: true,
			minify: true,
			rollupOptions: { external: [] }
		}
	});
	const file = join(
		outDir,
		readdirSync(outDir).find((f) => f.endsWith('.js'))!
	);
	const code = readFileSync(file);
	return { file, weight: { raw: code.length, gzip: gzipSync(code, { level: 9 }).length } };
}

/** A fresh process: import the bundle, draft once, then five more times. Prints milliseconds. */
const COLD_RUN = `
const { performance } = await import('node:perf_hooks');
const { readFileSync } = await import('node:fs');
const text = readFileSync(process.env.ARTICLE, 'utf8');
let start = performance.now();
const { ingest } = await import(process.env.BUNDLE);
const importMs = performance.now() - start;
const input = { text, published: '2023-11-23', lang: 'fr' };
start = performance.now();
ingest(input);
const firstMs = performance.now() - start;
const warm = [];
for (let i = 0; i < 5; i++) {
	start = performance.now();
	ingest(input);
	warm.push(performance.now() - start);
}
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ importMs, firstMs, warmMs: warm[2] }));
`;

export async function measureIngest(runs: number): Promise<IngestFigures> {
	const load = [loadavg()[0]!];
	const all = articles();
	// 3,000 characters: the bundled article, then the fixtures' paragraphs after it.
	const texts = all.flatMap((a) => (a.text ? [a.text] : []));
	const text = texts.join('\n\n').slice(0, 3_000);
	const dir = mkdtempSync(join(tmpdir(), 'chronomap-ingest-bench-'));
	try {
		const engine = await bundle('src/lib/ingest/index.ts', join(dir, 'engine'));
		const tablesEntry = join(dir, 'tables.ts');
		writeFileSync(
			tablesEntry,
			`export * from '${process.cwd()}/src/lib/ingest/lexicon-table';\nexport * from '${process.cwd()}/src/lib/ingest/cities-table';\n`
		);
		const placeTables = await bundle(tablesEntry, join(dir, 'tables'));
		const article = join(dir, 'article.txt');
		writeFileSync(article, text);
		const cold = { importMs: [] as number[], firstMs: [] as number[], warmMs: [] as number[] };
		for (let i = 0; i < Math.max(runs, 5); i++) {
			const out = execFileSync(process.execPath, ['--input-type=module', '-e', COLD_RUN], {
				env: { ...process.env, ARTICLE: article, BUNDLE: pathToFileURL(engine.file).href },
				encoding: 'utf8'
			});
			const run = JSON.parse(out) as Record<keyof typeof cold, number>;
			for (const k of Object.keys(cold) as (keyof typeof cold)[]) cold[k].push(run[k]);
		}
		// The batch in this process, the engine warm: what `npm run ingest` does article after article.
		ingest(all[0]!);
		const start = performance.now();
		for (let i = 0; i < 100; i++) ingest(all[i % all.length]!);
		const totalMs = performance.now() - start;
		load.push(loadavg()[0]!);
		return {
			characters: text.length,
			machine: {
				cpu: cpus()[0]?.model ?? 'unknown',
				cores: cpus().length,
				load: load.map((l) => Math.round(l * 10) / 10)
			},
			cold: {
				importMs: summarize(cold.importMs),
				firstMs: summarize(cold.firstMs),
				warmMs: summarize(cold.warmMs)
			},
			batch: { articles: 100, totalMs },
			bundle: { engine: engine.weight, placeTables: placeTables.weight }
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export function ingestMarkdown(f: IngestFigures): string[] {
	const verdict = (ms: number, target: number) => (ms < target ? 'met' : 'missed');
	const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
	const { machine } = f;
	return [
		'## Ingest',
		'',
		`Drafting a story from an article (\`src/lib/ingest\`), bundled for the browser and run in Node: each cold run is a fresh process (median of ${f.cold.firstMs.runs}, range in brackets). ${machine.cpu}, ${machine.cores} cores, 1-minute load average ${machine.load[0]} before, ${machine.load[1]} after.`,
		'',
		'| what | time | target |',
		'| --- | --: | --- |',
		`| loading the engine's modules (import) | ${ms(f.cold.importMs)} | — |`,
		`| one article of ${f.characters.toLocaleString('en')} characters, the first call in the process | ${ms(f.cold.firstMs)} | < 1,000 ms: ${verdict(f.cold.firstMs.median, 1000)} |`,
		`| the same article again (median of 5 in each process) | ${ms(f.cold.warmMs)} | < 1,000 ms: ${verdict(f.cold.warmMs.median, 1000)} |`,
		`| ${f.batch.articles} articles in a batch (the bundled one and the fixtures, in turn) | ${(f.batch.totalMs / 1000).toFixed(1)} s | < 30 s: ${verdict(f.batch.totalMs, 30_000)} |`,
		'',
		`The engine in a browser bundle (minified): ${formatBytes(f.bundle.engine.raw)}, ${formatBytes(f.bundle.engine.gzip)} gzip; of which its place tables (countries, adjectives, cities) bundled alone: ${formatBytes(f.bundle.placeTables.raw)}, ${formatBytes(f.bundle.placeTables.gzip)} gzip.`,
		''
	];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
	const figures = await measureIngest(Number(values.runs));
	console.log(ingestMarkdown(figures).join('\n'));
	console.log(JSON.stringify(figures));
}
