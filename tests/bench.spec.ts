import { expect, test } from '@playwright/test';
import { servePeers } from '../bench/peers';
import { measureScale, type ScaleFigures } from '../bench/scale';

/**
 * The benchmark runs: its scale section on a tiny story, one run, ours and both peers.
 * Checks that every figure is there and a finite number, never how large it is.
 */
test('the scale benchmark measures a story of 50 events', async ({ browser, baseURL }) => {
	test.setTimeout(60_000);
	const peers = await servePeers();
	try {
		const { figures, external } = await measureScale(browser, {
			base: baseURL!,
			peers: peers.url,
			sizes: [50],
			runs: 1,
			libraries: ['chronomap', 'vis-timeline', 'timelinejs'],
			timeout: 20_000,
			short: true
		});
		expect(external).toEqual([]);
		expect(figures.map((f) => [f.library, f.events, f.status])).toEqual([
			['chronomap', 50, 'ok'],
			['vis-timeline', 50, 'ok'],
			['timelinejs', 50, 'ok']
		]);
		const finite = (
			f: ScaleFigures,
			field: 'firstRender' | 'frameMedian' | 'frameP95' | 'heapMB'
		) => {
			const summary = f[field]!;
			return (
				[summary.median, summary.min, summary.max].every(Number.isFinite) && summary.runs === 1
			);
		};
		for (const f of figures) {
			expect(finite(f, 'firstRender'), `${f.library} first render`).toBe(true);
			expect(finite(f, 'heapMB'), `${f.library} heap`).toBe(true);
			expect(finite(f, 'frameMedian'), `${f.library} frames`).toBe(true);
			expect(finite(f, 'frameP95'), `${f.library} frames p95`).toBe(true);
			expect(f.frames).toBeGreaterThan(0);
		}
		const ours = figures[0]!;
		expect(Number.isFinite(ours.select?.median)).toBe(true);
		expect(Number.isFinite(ours.reselect?.median)).toBe(true);
	} finally {
		await peers.close();
	}
});
