/** The scale section of the report: tables, ratios to the peers and the issue's targets. */
import type { Library, ScaleFigures } from './scale';
import type { Summary } from './stats';

export const NAMES: Record<Library, string> = {
	chronomap: 'Chronomap',
	'vis-timeline': 'vis-timeline 8.5.4',
	timelinejs: 'TimelineJS 3.9.11'
};

const ms = (s: Summary | undefined, digits = 0) =>
	s ? `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '—';
const mb = (s: Summary | undefined) =>
	s ? `${s.median.toFixed(1)} MB (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—';
const count = (n: number) => n.toLocaleString('en-GB');

export interface Ratio {
	events: number;
	peer: Library;
	/** Peer's median over ours: 12 means ours is 12 times faster. */
	firstRender?: number;
	frameP95?: number;
	note?: string;
}

export function ratios(figures: ScaleFigures[]): Ratio[] {
	const ours = new Map(
		figures.filter((f) => f.library === 'chronomap').map((f) => [f.events, f] as const)
	);
	return figures
		.filter((f) => f.library !== 'chronomap')
		.map((peer) => {
			const mine = ours.get(peer.events);
			const ratio = (a?: Summary, b?: Summary) => (a && b ? a.median / b.median : undefined);
			return {
				events: peer.events,
				peer: peer.library,
				firstRender: ratio(peer.firstRender, mine?.firstRender),
				frameP95: ratio(peer.frameP95, mine?.frameP95),
				...(peer.status === 'ok' ? {} : { note: `${peer.status}: ${peer.note ?? ''}` })
			};
		});
}

export interface Target {
	target: string;
	figure: string;
	met: boolean | undefined;
}

/** The issue's targets, each with the figure measured and whether it is met. */
export function targets(figures: ScaleFigures[]): Target[] {
	const at = (library: Library, events: number) =>
		figures.find((f) => f.library === library && f.events === events);
	const ten = at('chronomap', 10_000);
	const hundred = at('chronomap', 100_000);
	const vis = at('vis-timeline', 10_000);
	const check = (label: string, value: Summary | undefined, limit: number): Target => ({
		target: label,
		figure: ms(value, 1),
		met: value ? value.median < limit : undefined
	});
	const speedup =
		vis?.firstRender && ten?.firstRender
			? vis.firstRender.median / ten.firstRender.median
			: undefined;
	return [
		check('10,000 events: first render < 150 ms', ten?.firstRender, 150),
		check('10,000 events: zoom/pan frames p95 < 16 ms', ten?.frameP95, 16),
		check('10,000 events: state selection → timeline updated < 16 ms', ten?.select, 16),
		check('100,000 events: first render < 1 s', hundred?.firstRender, 1000),
		check('100,000 events: zoom/pan frames p95 < 33 ms', hundred?.frameP95, 33),
		{
			target: '10,000 events: first render ≥ 10× faster than vis-timeline',
			figure: speedup === undefined ? '—' : `${speedup.toFixed(1)}×`,
			met: speedup === undefined ? undefined : speedup >= 10
		}
	];
}

export function scaleMarkdown(figures: ScaleFigures[], external: string[]): string[] {
	return [
		'## Scale',
		'',
		'Synthetic stories (`syntheticStory(n, { seed: 1 })`), the same events for every library, in a 1280 × 900 viewport, the timeline 1,120–1,150 px wide. Median of the runs, range in brackets.',
		'',
		'- **first render**: from the events in memory (a mark just before the timeline is made) to the end of the first frame painted with the marks. Download, generation and parsing of the data are outside it.',
		'- **frames**: during a scripted zoom in (8 × Ctrl + wheel; TimelineJS: 3 clicks on its zoom button), a 360 px drag and a zoom out, the main-thread time of each frame that changed the timeline (its DOM or a drawing on its canvas), from the frame start to the end of its paint; per run the median and the 95th percentile, then the median of the runs. Idle frames are left out; the 16.7 ms display interval is not a floor.',
		'- **state → updated**: from the change event of the state select (Armenia) to the end of the next painted frame, which shows that state’s events only. **state → state**: the same a second later, from Armenia (at rest: its labelled marks are links again) to Azerbaijan.',
		'- **heap**: JS heap used after first render and a forced garbage collection (the page, its data and the library).',
		'',
		'| events | library | first render | frame median | frame p95 | frames | state → updated | state → state | heap |',
		'| --: | --- | --: | --: | --: | --: | --: | --: | --: |',
		...figures.map((f) =>
			f.status === 'ok'
				? `| ${count(f.events)} | ${NAMES[f.library]} | ${ms(f.firstRender)} | ${ms(f.frameMedian, 1)} | ${ms(f.frameP95, 1)} | ${f.frames ?? (f.note ? 'not measured¹' : '—')} | ${ms(f.select, 1)} | ${ms(f.reselect, 1)} | ${mb(f.heapMB)} |`
				: `| ${count(f.events)} | ${NAMES[f.library]} | ${f.status}: ${f.note ?? ''} | | | | | | |`
		),
		'',
		...figures
			.filter((f) => f.status === 'ok' && f.note)
			.map((f) => `¹ ${NAMES[f.library]}, ${count(f.events)} events: ${f.note}.`),
		'',
		'### Peers, ratio to Chronomap',
		'',
		'Peer median over Chronomap’s median: 5× means Chronomap takes a fifth of the time.',
		'',
		'| events | peer | first render | frame p95 |',
		'| --: | --- | --: | --: |',
		...ratios(figures).map(
			(r) =>
				`| ${count(r.events)} | ${NAMES[r.peer]} | ${r.firstRender ? `${r.firstRender.toFixed(1)}×` : (r.note ?? '—')} | ${r.frameP95 ? `${r.frameP95.toFixed(1)}×` : '—'} |`
		),
		'',
		'### Targets',
		'',
		'| target | measured (median) | met |',
		'| --- | --: | --- |',
		...targets(figures).map(
			(t) =>
				`| ${t.target} | ${t.figure} | ${t.met === undefined ? 'not measured' : t.met ? 'yes' : 'no'} |`
		),
		'',
		external.length
			? `Requests to other hosts during the scale runs: ${external.join(', ')}.`
			: 'No request went to any other host during the scale runs.',
		''
	];
}
