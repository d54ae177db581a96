/**
 * How each status is drawn. Blue for members (darkest for the host), a hatched vermillion
 * with a dashed outline for a member absent from the summit, a blue grid on pale blue with a
 * dash-dot outline for a member whose participation is frozen (still a member, no longer
 * taking part), a pale violet with a dotted outline for a former member: blue against orange
 * stays apart for every common colour vision deficiency, and the patterns, outlines and
 * labels say it without colour.
 */
import type { MapStatus } from '$lib/story/membership';

export interface StatusStyle {
	fill: string;
	stroke: string;
	weight: number;
	dashArray?: string;
}

/** The id of the SVG pattern that hatches an absent member (defined once in the page). */
export const ABSENT_PATTERN = 'chronomap-hatch-absent';
/** The id of the SVG pattern, a grid, that fills a member whose participation is frozen. */
export const FROZEN_PATTERN = 'chronomap-grid-frozen';

export const STATUS_STYLE: Record<MapStatus | 'context', StatusStyle> = {
	host: { fill: '#0e3763', stroke: '#ffffff', weight: 1.5 },
	present: { fill: '#3a78b8', stroke: '#ffffff', weight: 1 },
	member: { fill: '#3a78b8', stroke: '#ffffff', weight: 1 },
	frozen: { fill: `url(#${FROZEN_PATTERN})`, stroke: '#17406b', weight: 2, dashArray: '8 3 2 3' },
	absent: { fill: `url(#${ABSENT_PATTERN})`, stroke: '#8a2c00', weight: 2, dashArray: '5 3' },
	former: { fill: '#d5c3e3', stroke: '#5b3a78', weight: 1.5, dashArray: '1 3' },
	'non-member': { fill: '#e9e5dc', stroke: '#8c8473', weight: 1 },
	/** Neutral: the story does not say (a draft with no memberships); a dashed outline, and the legend says it. */
	unknown: { fill: '#f4f2ed', stroke: '#6f6a5f', weight: 1, dashArray: '2 2' },
	context: { fill: '#ece9e2', stroke: '#b3ac9c', weight: 0.6 }
};

/**
 * The map's other marks. The map keeps its light palette in both themes (its sea too), so
 * these are the light tokens' values: ink for dots and the selected outline, the focus
 * colour for the selected event's places, white halos.
 */
export const MARK_STYLE = {
	/** An event's place: a dot with a white halo, larger and in the focus colour when marked. */
	place: { radius: 4.5, fill: '#1a1a1a', halo: '#ffffff', weight: 1.5 },
	placeMarked: { radius: 8, fill: '#c2410c', weight: 2.5 },
	/** The outline of a selected state. */
	selected: { stroke: '#1a1a1a', extraWeight: 2 },
	/** The area the inset enlarges. */
	locator: { stroke: '#1a1a1a', weight: 1.5, dashArray: '4 3' }
} as const;

/** Pattern colours for the absent hatching. */
export const HATCH = { background: '#fde5d6', stripe: '#c2410c' };

/** An SVG pattern as data, for the page's `<defs>` and the stills' alike. */
export interface PatternSpec {
	id: string;
	size: number;
	/** Degrees. */
	rotate: number;
	background: string;
	marks: { width: number; height: number; fill: string }[];
}

/** Every pattern a status fills with: the absent hatching and the frozen grid. */
export const PATTERNS: PatternSpec[] = [
	{
		id: ABSENT_PATTERN,
		size: 6,
		rotate: 45,
		background: HATCH.background,
		marks: [{ width: 2.5, height: 6, fill: HATCH.stripe }]
	},
	{
		id: FROZEN_PATTERN,
		size: 7,
		rotate: 0,
		background: '#dbe8f4',
		marks: [
			{ width: 7, height: 1.6, fill: '#2f6aa6' },
			{ width: 1.6, height: 7, fill: '#2f6aa6' }
		]
	}
];
