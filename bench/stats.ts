/** Summaries and classifications for the benchmark: pure, so they are unit-tested. */
import { EMBED_VIEW_INFO, isEmbedView } from '../src/lib/embed/views';

export interface Summary {
	median: number;
	min: number;
	max: number;
	runs: number;
}

export function summarize(values: number[]): Summary {
	if (values.length === 0) throw new Error('summarize needs at least one value');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

/** The value at quantile q (0..1), by nearest rank. */
export function quantile(values: number[], q: number): number {
	if (values.length === 0) throw new Error('quantile needs at least one value');
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export type ResourceKind = 'html' | 'js' | 'css' | 'data' | 'geometry' | 'image' | 'font' | 'other';

/** What a loaded resource is, from its path and content type. */
export function classify(url: string, contentType = ''): ResourceKind {
	const path = new URL(url).pathname;
	if (/\.(topo|geo)\.json$|\/geo\/|\/map\.(json|bin)$/.test(path)) return 'geometry';
	if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
	if (/\.css$/.test(path) || contentType.includes('text/css')) return 'css';
	if (/\.(json|csv)$/.test(path) || contentType.includes('json') || contentType.includes('csv'))
		return 'data';
	if (/\.(png|jpe?g|svg|webp|avif|gif|ico)$/.test(path) || contentType.startsWith('image/'))
		return 'image';
	if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'font';
	if (path.endsWith('/') || /\.html$/.test(path) || contentType.includes('text/html'))
		return 'html';
	return 'other';
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The weight each embed should stay under (bytes gzip, everything it loads), from the embeds issue. */
/** An embed route's view and target, or undefined for a route that is not an embed. */
export function embedTarget(route: string): { view: string; bytes: number } | undefined {
	const view = /^\/embed\/[^/]+\/(\w+)\/$/.exec(route)?.[1];
	// The budgets are the registry's (src/lib/embed/views.ts).
	return view && isEmbedView(view) ? { view, bytes: EMBED_VIEW_INFO[view].budget } : undefined;
}
