/**
 * The scale section of the benchmark: Chronomap's timeline and its peers render the same
 * synthetic story in headless Chromium, then take the same scripted zoom and pan.
 *
 * - first render: from the moment the events are in memory and rendering starts (a mark
 *   set just before the timeline is made) to the end of the first frame painted with the
 *   marks (a mark set from a task queued in the next frame callback, which runs after that
 *   frame's style, layout and paint). Data generation, download and parsing are outside it.
 * - frame time: for each frame in which the timeline changed during the scripted zoom and
 *   pan (its DOM, or a drawing on a canvas inside it), the time from the frame's start (its requestAnimationFrame timestamp, taken
 *   before input is handled) to the end of its rendering, as above. Idle frames are left out.
 *   The vsync interval (16.7 ms) is not a floor: a frame that does 3 ms of work counts 3 ms.
 * - state selection (Chronomap only): from the select's change event (its timeStamp) to
 *   the end of the next painted frame, which shows the state's events; then, once that view
 *   rests with its labelled marks as links, the same from that state to another.
 * - heap: JSHeapUsedSize (CDP Performance.getMetrics) after first render and a forced GC.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { quantile, summarize, type Summary } from './stats';

export type Library = 'chronomap' | 'vis-timeline' | 'timelinejs';
export const LIBRARIES: Library[] = ['chronomap', 'vis-timeline', 'timelinejs'];

interface Target {
	library: Library;
	url: (count: number, seed: number) => string;
	/** Performance marks: rendering starts, first frame with the marks painted. */
	marks: [string, string];
	/** Where the pointer zooms and drags. */
	surface: string;
	/** What is watched for changes (DOM, canvas drawing): a frame counts when it changed something here. */
	observed: string;
	/** Ctrl + wheel, or the library's own zoom buttons (TimelineJS has no wheel zoom). */
	zoom: 'ctrl-wheel' | { in: string; out: string };
}

export function targets(base: string, peers: string): Record<Library, Target> {
	return {
		chronomap: {
			library: 'chronomap',
			url: (n, seed) => `${base}/dev/synthetic/?n=${n}&seed=${seed}`,
			marks: ['chronomap:timeline-start', 'chronomap:timeline-drawn'],
			surface: '#timeline [role=application] svg',
			observed: '#timeline',
			zoom: 'ctrl-wheel'
		},
		'vis-timeline': {
			library: 'vis-timeline',
			url: (n, seed) => `${peers}/vis-timeline.html?n=${n}&seed=${seed}`,
			marks: ['bench:start', 'bench:drawn'],
			surface: '#timeline .vis-center',
			observed: '#timeline',
			zoom: 'ctrl-wheel'
		},
		timelinejs: {
			library: 'timelinejs',
			url: (n, seed) => `${peers}/timelinejs.html?n=${n}&seed=${seed}`,
			marks: ['bench:start', 'bench:drawn'],
			surface: '#timeline .tl-timenav',
			observed: '#timeline',
			zoom: {
				in: '#timeline .tl-menubar-button[aria-label="Zoom in"]',
				out: '#timeline .tl-menubar-button[aria-label="Zoom out"]'
			}
		}
	};
}

export interface ScaleRun {
	firstRender: number;
	heapMB: number;
	/** Frame times (ms) of the frames that changed the timeline during the zoom and pan. */
	frames: number[];
	/** Why there are no frames: the interaction did not finish in time. */
	framesTimedOut?: string;
	select?: number;
	/** From one state, at rest, to another. */
	reselect?: number;
}

export type Outcome = { ok: true; run: ScaleRun } | { ok: false; reason: string };

/**
 * Runs in the page: records the duration of every frame that changed `selector`: its DOM, or
 * a drawing on a canvas inside it (which changes no DOM).
 */
const RECORD_FRAMES = (selector: string) => {
	const target = document.querySelector(selector)!;
	const frames: number[] = [];
	let dirty = false;
	let running = true;
	const inside = new WeakMap<HTMLCanvasElement, boolean>();
	const proto = CanvasRenderingContext2D.prototype as unknown as Record<
		string,
		(this: CanvasRenderingContext2D, ...args: unknown[]) => unknown
	>;
	for (const name of [
		'clearRect',
		'fillRect',
		'fill',
		'stroke',
		'fillText',
		'drawImage',
		'putImageData'
	]) {
		const original = proto[name]!;
		proto[name] = function (...args) {
			let known = inside.get(this.canvas);
			if (known === undefined) inside.set(this.canvas, (known = target.contains(this.canvas)));
			if (known && running) dirty = true;
			return original.apply(this, args);
		};
	}
	const observer = new MutationObserver(() => (dirty = true));
	observer.observe(target, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});
	const onFrame = (start: number) => {
		if (!running) return;
		requestAnimationFrame(onFrame);
		setTimeout(() => {
			if (dirty) frames.push(performance.now() - start);
			dirty = false;
		}, 0);
	};
	requestAnimationFrame(onFrame);
	(window as unknown as { benchFrames: () => number[] }).benchFrames = () => {
		running = false;
		observer.disconnect();
		return frames;
	};
};

/** Runs in the page: time from the next change event to the end of the next painted frame. */
const RECORD_SELECTION = () => {
	(window as unknown as { benchSelect?: number }).benchSelect = undefined;
	document.addEventListener(
		'change',
		(event) => {
			const from = event.timeStamp;
			requestAnimationFrame(() =>
				setTimeout(() => {
					(window as unknown as { benchSelect: number }).benchSelect = performance.now() - from;
				}, 0)
			);
		},
		{ capture: true, once: true }
	);
};

async function zoom(page: Page, target: Target, direction: 'in' | 'out', steps: number) {
	if (target.zoom === 'ctrl-wheel') {
		await page.keyboard.down('Control');
		for (let i = 0; i < steps; i++) {
			await page.mouse.wheel(0, direction === 'in' ? -60 : 60);
			await page.waitForTimeout(20);
		}
		await page.keyboard.up('Control');
	} else {
		for (let i = 0; i < Math.ceil(steps / 3); i++) {
			await page.locator(target.zoom[direction]).click();
			await page.waitForTimeout(300);
		}
	}
}

/**
 * The scripted interaction: zoom in at the centre (8 wheel steps, or 3 clicks), drag 360 px
 * to the left in 24 moves, zoom out. `short`: a quarter of the steps, to check it runs.
 */
async function zoomAndPan(page: Page, target: Target, short = false) {
	const steps = short ? 2 : 8;
	const moves = short ? 6 : 24;
	const box = (await page.locator(target.surface).first().boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 120);
	await page.mouse.move(x, y);
	await zoom(page, target, 'in', steps);
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= moves; i++) {
		await page.mouse.move(x - (i * 360) / moves, y);
		await page.waitForTimeout(16);
	}
	await page.mouse.up();
	await page.mouse.move(x, y);
	await zoom(page, target, 'out', steps);
	// Trailing frames: transitions and momentum.
	await page.waitForTimeout(short ? 100 : 400);
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
	Promise.race([
		promise,
		new Promise<never>((_, reject) =>
			setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms)
		)
	]);

export interface RunOptions {
	count: number;
	seed: number;
	/** Longest wait for first render, and for the scripted interaction, in ms. */
	timeout: number;
	viewport?: { width: number; height: number };
	/** A short interaction: for the test that checks the benchmark runs, not for figures. */
	short?: boolean;
}

/** One cold run of one library at one size, in a fresh browser context. */
export async function measureRun(
	browser: Browser,
	target: Target,
	{ count, seed, timeout, viewport = { width: 1280, height: 900 }, short }: RunOptions,
	external: Set<string>,
	/** False: measure first render and heap only (the interaction timed out before). */
	interact = true
): Promise<Outcome> {
	const context: BrowserContext = await browser.newContext({ viewport });
	try {
		// tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`: define it in the page.
		await context.addInitScript('globalThis.__name ??= (f) => f');
		const page = await context.newPage();
		const origins = [new URL(target.url(count, seed)).origin];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!origins.includes(url.origin) && url.protocol.startsWith('http')) external.add(url.host);
		});
		// A server just started again after being stopped (see servePreview) gets a moment.
		await page.goto(target.url(count, seed), { waitUntil: 'load', timeout }).catch(async () => {
			await page.waitForTimeout(3000);
			await page.goto(target.url(count, seed), { waitUntil: 'load', timeout });
		});
		const [start, drawn] = target.marks;
		try {
			await page.waitForFunction(
				(mark) =>
					performance.getEntriesByName(mark).length > 0 ||
					(window as unknown as { benchError?: string }).benchError !== undefined,
				drawn,
				{ timeout, polling: 100 }
			);
		} catch {
			return { ok: false, reason: `timeout: not drawn within ${timeout / 1000} s` };
		}
		const measured = await page.evaluate(
			([start, drawn]) => {
				const error = (window as unknown as { benchError?: string }).benchError;
				const [from] = performance.getEntriesByName(start!);
				const [to] = performance.getEntriesByName(drawn!);
				return { error, firstRender: from && to ? to.startTime - from.startTime : NaN };
			},
			[start, drawn]
		);
		if (measured.error) return { ok: false, reason: `error: ${measured.error}` };

		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;

		if (!interact) {
			return {
				ok: true,
				run: {
					firstRender: measured.firstRender,
					heapMB: heap / 2 ** 20,
					frames: [],
					framesTimedOut: 'zoom and pan timed out in an earlier run'
				}
			};
		}
		await page.evaluate(RECORD_FRAMES, target.observed);
		try {
			await withTimeout(zoomAndPan(page, target, short), timeout, 'zoom and pan');
		} catch (error) {
			// First render was measured: keep it, and say the frames could not be.
			return {
				ok: true,
				run: {
					firstRender: measured.firstRender,
					heapMB: heap / 2 ** 20,
					frames: [],
					framesTimedOut: (error as Error).message
				}
			};
		}
		const frames = await page.evaluate(() =>
			(window as unknown as { benchFrames: () => number[] }).benchFrames()
		);

		let select: number | undefined;
		let reselect: number | undefined;
		if (target.library === 'chronomap') {
			const choose = async (state: string) => {
				await page.evaluate(RECORD_SELECTION);
				await page.getByRole('combobox', { name: /État/ }).selectOption(state);
				return (await (
					await page.waitForFunction(
						() => (window as unknown as { benchSelect?: number }).benchSelect,
						undefined,
						{ timeout }
					)
				).jsonValue()) as number;
			};
			select = await choose('arm');
			// At rest, the labelled marks are links again: the next state replaces them.
			await page.waitForTimeout(1000);
			reselect = await choose('aze');
		}
		return {
			ok: true,
			run: { firstRender: measured.firstRender, heapMB: heap / 2 ** 20, frames, select, reselect }
		};
	} finally {
		// A page stuck in a long script must not hold the benchmark.
		await withTimeout(context.close(), 10_000, 'closing the page').catch(() => {});
	}
}

export interface ScaleFigures {
	library: Library;
	events: number;
	/** ok: measured; timeout: gave up (see note); skipped: not attempted (see note). */
	status: 'ok' | 'timeout' | 'skipped' | 'error';
	note?: string;
	runs: number;
	firstRender?: Summary;
	/** Per run, the median and the 95th percentile of the frame times; summarized over runs. */
	frameMedian?: Summary;
	frameP95?: Summary;
	/** Frames that changed the timeline, per run (median). */
	frames?: number;
	select?: Summary;
	reselect?: Summary;
	heapMB?: Summary;
}

export function summarizeRuns(library: Library, events: number, runs: ScaleRun[]): ScaleFigures {
	const withFrames = runs.filter((run) => run.frames.length > 0);
	const timedOut = runs.find((run) => run.framesTimedOut)?.framesTimedOut;
	const selects = runs.flatMap((run) => (run.select === undefined ? [] : [run.select]));
	const reselects = runs.flatMap((run) => (run.reselect === undefined ? [] : [run.reselect]));
	return {
		library,
		events,
		status: 'ok',
		...(timedOut ? { note: `frames not measured: ${timedOut}` } : {}),
		runs: runs.length,
		firstRender: summarize(runs.map((run) => run.firstRender)),
		...(withFrames.length > 0
			? {
					frameMedian: summarize(withFrames.map((run) => quantile(run.frames, 0.5))),
					frameP95: summarize(withFrames.map((run) => quantile(run.frames, 0.95))),
					frames: summarize(runs.map((run) => run.frames.length)).median
				}
			: {}),
		...(selects.length > 0 ? { select: summarize(selects) } : {}),
		...(reselects.length > 0 ? { reselect: summarize(reselects) } : {}),
		heapMB: summarize(runs.map((run) => run.heapMB))
	};
}

export interface ScaleOptions {
	base: string;
	peers: string;
	sizes: number[];
	runs: number;
	libraries: Library[];
	seed?: number;
	timeout?: number;
	/** Largest story each library is given (TimelineJS makes a slide per event). */
	caps?: Partial<Record<Library, number>>;
	short?: boolean;
	log?: (line: string) => void;
}

/**
 * Every library at every size, `runs` cold runs each, runs of the libraries interleaved so
 * that a busy moment of the machine falls on all of them. A library that times out (or
 * fails) at a size is not run again at it, nor at any larger size.
 */
export async function measureScale(
	browser: Browser,
	{
		base,
		peers,
		sizes,
		runs,
		libraries,
		seed = 1,
		timeout = 60_000,
		caps = {},
		short = false,
		log = () => {}
	}: ScaleOptions
): Promise<{ figures: ScaleFigures[]; external: string[] }> {
	const all = targets(base, peers);
	const external = new Set<string>();
	const figures: ScaleFigures[] = [];
	const stopped = new Map<Library, string>();
	for (const count of sizes) {
		const results = new Map<Library, ScaleRun[]>();
		const failed = new Map<Library, Outcome & { ok: false }>();
		for (const library of libraries) {
			const cap = caps[library];
			if (stopped.has(library)) continue;
			if (cap !== undefined && count > cap)
				stopped.set(library, `not attempted above ${cap.toLocaleString('en-GB')} events`);
			else results.set(library, []);
		}
		for (let i = 0; i < runs; i++) {
			for (const [library, done] of results) {
				if (failed.has(library)) continue;
				const interact = !done.some((run) => run.framesTimedOut);
				const outcome = await measureRun(
					browser,
					all[library],
					{ count, seed, timeout, short },
					external,
					interact
				);
				if (outcome.ok) done.push(outcome.run);
				else failed.set(library, outcome);
				log(
					`${library} ${count} run ${i + 1}: ${
						outcome.ok
							? `${outcome.run.firstRender.toFixed(0)} ms, ${outcome.run.frames.length} frames`
							: outcome.reason
					}`
				);
			}
		}
		for (const library of libraries) {
			const done = results.get(library);
			const failure = failed.get(library);
			if (!done) {
				figures.push({
					library,
					events: count,
					status: 'skipped',
					note: stopped.get(library),
					runs: 0
				});
			} else if (failure) {
				const status = failure.reason.startsWith('timeout') ? 'timeout' : 'error';
				const note = failure.reason.replace(/^(timeout|error): /, '');
				figures.push({ library, events: count, status, note, runs: done.length });
				stopped.set(library, `${status} at ${count.toLocaleString('en-GB')} events`);
			} else figures.push(summarizeRuns(library, count, done));
		}
	}
	return { figures, external: [...external] };
}
