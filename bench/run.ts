/**
 * `npm run bench`: weight and load of the production build, measured in headless Chromium.
 * Prints a table, writes bench/results/latest.json and bench/RESULTS.md. A measurement,
 * not a test: it fails only when it cannot measure.
 *
 * Options: --runs N (default 5), --routes /a/,/b/ (default: every route below),
 * --sizes 1000,10000,100000 (scale section), --libraries chronomap,vis-timeline,timelinejs,
 * --sections weight,load,scale,ingest, --timeout 60 (seconds a peer gets to draw before it is
 * reported as a timeout), --quick (2 runs, 1,000 and 10,000 events, 20 s timeout).
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS, chromiumPath, servePreview } from '../scripts/serve';
import { servePeers } from './peers';
import { ingestMarkdown, measureIngest, type IngestFigures } from './ingest';
import { scaleMarkdown, ratios, targets } from './report';
import { LIBRARIES, measureScale, type Library, type ScaleFigures } from './scale';
import { formatBytes, summarize, type ResourceKind, type Summary } from './stats';
import {
	budgetFor,
	budgetLine,
	measureWeight,
	storyIds,
	storyRoutes,
	weightBudgets,
	type Weight
} from './weight';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string' },
		quick: { type: 'boolean', default: false },
		routes: {
			type: 'string',
			default: ['/', ...storyRoutes(storyIds())].join(',')
		},
		sizes: { type: 'string' },
		libraries: { type: 'string', default: LIBRARIES.join(',') },
		sections: { type: 'string', default: 'weight,load,scale,ingest' },
		timeout: { type: 'string' },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4175' },
		out: { type: 'string', default: 'bench' }
	}
});
const RUNS = Number(options.runs ?? (options.quick ? 2 : 5));
const ROUTES = options.routes!.split(',');
const SIZES = (options.sizes ?? (options.quick ? '1000,10000' : '1000,10000,100000'))
	.split(',')
	.map(Number);
const LIBS = options.libraries!.split(',') as Library[];
const SECTIONS = new Set(options.sections!.split(','));
const TIMEOUT = 1000 * Number(options.timeout ?? (options.quick ? 20 : 60));
/** TimelineJS makes a DOM slide per event: 100,000 is out of its reach, it is not tried. */
const CAPS: Partial<Record<Library, number>> = { timelinejs: 10_000 };

interface LoadRun {
	marks: Record<string, number>;
	lcp: number;
	cls: number;
	longTasks: number;
}

/** Collects LCP, CLS and long tasks from the first byte on; the page's own `chronomap:` marks too. */
const OBSERVE = () => {
	const w = window as unknown as { __bench: { lcp: number; cls: number; longTasks: number } };
	w.__bench = { lcp: 0, cls: 0, longTasks: 0 };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[]) {
			if (!entry.hadRecentInput) w.__bench.cls += entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) w.__bench.longTasks += entry.duration;
	}).observe({ type: 'longtask', buffered: true });
};

async function measureLoad(browser: Browser, base: string, route: string): Promise<LoadRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(OBSERVE);
	await page.goto(base + route, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	const result = await page.evaluate(() => {
		const w = window as unknown as { __bench: { lcp: number; cls: number; longTasks: number } };
		const marks: Record<string, number> = {};
		for (const mark of performance.getEntriesByType('mark')) {
			if (mark.name.startsWith('chronomap:'))
				marks[mark.name.slice('chronomap:'.length)] = mark.startTime;
		}
		return { marks, ...w.__bench };
	});
	await context.close();
	return result;
}

const summaries = (runs: LoadRun[]) => {
	const marks = [...new Set(runs.flatMap((run) => Object.keys(run.marks)))];
	return {
		...Object.fromEntries(
			marks.map((mark) => [mark, summarize(runs.map((run) => run.marks[mark] ?? NaN))])
		),
		lcp: summarize(runs.map((run) => run.lcp)),
		cls: summarize(runs.map((run) => run.cls)),
		longTasks: summarize(runs.map((run) => run.longTasks))
	} as Record<string, Summary>;
};

/** The machine may be shared: its 1-minute load average, before and after, says how much. */
const loadBefore = loadavg()[0]!;
const budgets = weightBudgets();
const server = await servePreview(Number(options.port));
const peers = await servePeers();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const weights: Weight[] = [];
	const loads: Record<string, Record<string, Summary>> = {};
	for (const route of ROUTES) {
		if (SECTIONS.has('weight')) weights.push(await measureWeight(browser, server.url, route));
		if (!SECTIONS.has('load')) continue;
		const runs: LoadRun[] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await measureLoad(browser, server.url, route));
		loads[route] = summaries(runs);
	}
	let scale: { figures: ScaleFigures[]; external: string[] } = { figures: [], external: [] };
	if (SECTIONS.has('scale')) {
		scale = await measureScale(browser, {
			base: server.url,
			peers: peers.url,
			sizes: SIZES,
			runs: RUNS,
			libraries: LIBS,
			timeout: TIMEOUT,
			caps: CAPS,
			log: (line) => console.error(line)
		});
	}
	// Drafting runs in Node, not in the browser: measured after the browser's work, on a quiet process.
	let ingestFigures: IngestFigures | undefined;
	if (SECTIONS.has('ingest')) ingestFigures = await measureIngest(RUNS);
	const machine = {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		browser: `Chromium ${browser.version()}`,
		load: [loadBefore, loadavg()[0]!].map((load) => Math.round(load * 10) / 10)
	};
	const report = {
		date: new Date().toISOString(),
		runs: RUNS,
		machine,
		weights,
		loads,
		scale: {
			sizes: SIZES,
			seed: 1,
			timeoutSeconds: TIMEOUT / 1000,
			caps: CAPS,
			figures: scale.figures,
			ratios: ratios(scale.figures),
			targets: targets(scale.figures),
			externalHosts: scale.external
		},
		...(ingestFigures && { ingest: ingestFigures })
	};

	const ms = (s: Summary | undefined) =>
		s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '—';
	const lines = [
		'# Benchmark results',
		'',
		`${report.date.slice(0, 10)} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ${machine.browser} headless · Node ${machine.node} · 1-minute load average ${machine.load[0]} before the run, ${machine.load[1]} after${Math.max(...machine.load) > machine.cores ? ': other work shared the machine, and times grow with it' : ''}`,
		'',
		`Figures are medians of ${RUNS} runs, with the range in brackets. Every run is a cold load in a fresh browser context. Weight is every response a route loads until the network is idle (a 1280 × 720 window, no interaction); gzip -9. Load: map drawn and timeline drawn are the app's own \`chronomap:map-drawn\` and \`chronomap:timeline-drawn\` marks (set after the paint that shows the shapes and the marks), from navigation start.`,
		'',
		'## Weight',
		'',
		'| route | requests | raw | gzip | HTML | JS | CSS | data | geometry |',
		'| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
		...weights.map((w) => {
			const kind = (k: ResourceKind) => (w.byKind[k] ? formatBytes(w.byKind[k].gzip) : '—');
			return `| ${w.route} | ${w.requests} | ${formatBytes(w.raw)} | ${formatBytes(w.gzip)} | ${kind('html')} | ${kind('js')} | ${kind('css')} | ${kind('data')} | ${kind('geometry')} |`;
		}),
		'',
		...weights.flatMap((w) => {
			const budget = budgetFor(w.route, budgets);
			return budget === undefined ? [] : [`- ${budgetLine(w.route, w.gzip, budget)}.`];
		}),
		'',
		'## Load',
		'',
		'| route | map drawn | timeline drawn | LCP | CLS | long tasks |',
		'| --- | --: | --: | --: | --: | --: |',
		...Object.entries(loads).map(
			([route, s]) =>
				`| ${route} | ${ms(s['map-drawn'])} | ${ms(s['timeline-drawn'])} | ${ms(s.lcp)} | ${s.cls!.median.toFixed(3)} | ${ms(s.longTasks)} |`
		),
		'',
		...(SECTIONS.has('scale') ? scaleMarkdown(scale.figures, scale.external) : []),
		...(ingestFigures ? ['', ...ingestMarkdown(ingestFigures)] : [])
	];
	mkdirSync(`${options.out}/results`, { recursive: true });
	// Both written as Prettier writes them, so that the committed files pass `npm run lint`.
	const write = async (path: string, text: string, parser: string) =>
		writeFileSync(path, await format(text, { ...(await resolveConfig(path)), parser }));
	await write(`${options.out}/results/latest.json`, JSON.stringify(report, null, '\t'), 'json');
	await write(`${options.out}/RESULTS.md`, lines.join('\n'), 'markdown');
	console.log(lines.join('\n'));
} finally {
	await browser.close();
	server.close();
	await peers.close();
}
