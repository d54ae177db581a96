/**
 * Where the timeline's canvases are drawn: in a worker when the browser can hand a canvas
 * over (`transferControlToOffscreen`), so that rasterizing thousands of marks leaves the
 * page's main thread free for the reader's input; on the page otherwise.
 */
import type { PlainScene } from './canvas';
import type { FromWorker, ToWorker } from './canvas.worker';

export interface Painter {
	/** Draws a scene on canvas `canvas`, then calls `drawn`; a newer scene replaces one still waiting. */
	draw(
		canvas: number,
		scene: PlainScene,
		pixels: { width: number; height: number },
		drawn?: () => void
	): void;
	destroy(): void;
}

interface Job {
	scene: PlainScene;
	pixels: { width: number; height: number };
	drawn?: () => void;
}

/** A painter in a worker for these canvases, or undefined where the browser has none. */
export function workerPainter(canvases: HTMLCanvasElement[]): Painter | undefined {
	if (
		typeof Worker !== 'function' ||
		!('transferControlToOffscreen' in HTMLCanvasElement.prototype)
	)
		return undefined;
	let worker: Worker;
	try {
		worker = new Worker(new URL('./canvas.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return undefined;
	}
	const offscreen = canvases.map((canvas) => canvas.transferControlToOffscreen());
	worker.postMessage({ canvases: offscreen } satisfies ToWorker, offscreen);
	// One drawing at a time per canvas: while the worker draws, the latest scene waits, and
	// the ones it replaces are never drawn.
	const drawing: (Job | undefined)[] = canvases.map(() => undefined);
	const waiting: (Job | undefined)[] = canvases.map(() => undefined);
	const send = (canvas: number, job: Job) => {
		drawing[canvas] = job;
		worker.postMessage({ canvas, scene: job.scene, pixels: job.pixels } satisfies ToWorker);
	};
	worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
		const canvas = event.data.drawn;
		drawing[canvas]?.drawn?.();
		drawing[canvas] = undefined;
		const next = waiting[canvas];
		waiting[canvas] = undefined;
		if (next) send(canvas, next);
	});
	return {
		draw(canvas, scene, pixels, drawn) {
			const job = { scene, pixels, drawn };
			if (drawing[canvas]) waiting[canvas] = job;
			else send(canvas, job);
		},
		destroy: () => worker.terminate()
	};
}
