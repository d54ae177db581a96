/**
 * The timeline's canvases, drawn off the page's main thread: the page hands over its two
 * canvases once, then sends each drawing as a plain scene (see `toPlain`); the worker sizes
 * the canvas, draws, and says when it has.
 */
import { drawTimeline, fromPlain, type PlainScene } from './canvas';

export type ToWorker =
	| { canvases: OffscreenCanvas[] }
	| { canvas: number; scene: PlainScene; pixels: { width: number; height: number } };

export interface FromWorker {
	drawn: number;
}

const contexts: OffscreenCanvasRenderingContext2D[] = [];

addEventListener('message', (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if ('canvases' in message) {
		for (const canvas of message.canvases) contexts.push(canvas.getContext('2d')!);
		return;
	}
	const ctx = contexts[message.canvas];
	if (!ctx) return;
	const { width, height } = message.pixels;
	// Only when the size changes: resizing clears the canvas and its context's state.
	if (ctx.canvas.width !== width) ctx.canvas.width = width;
	if (ctx.canvas.height !== height) ctx.canvas.height = height;
	drawTimeline(ctx, fromPlain(message.scene));
	postMessage({ drawn: message.canvas } satisfies FromWorker);
});
