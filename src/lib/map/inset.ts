/**
 * The map's inset: the states the story turns on (a member absent from the summit, one whose
 * participation is frozen) drawn large in a corner when the main map shows them at a dozen
 * pixels. d3-geo projects the same shapes the main map draws; the result is plain data (path
 * strings and label points), painted by the page's inset, the embeds' and the stills alike.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { MembershipData } from '$lib/story/membership';
import { estimateTextWidth } from '$lib/timeline/layout';
import { boundsOf, type Box, type CountryProperties, type MapTopology } from './bounds';
import { edgesOf, GAP, placeLabels, rectOf, type LabelBox, type Rect } from './labels';

export interface InsetShape {
	iso3: string;
	/** SVG path in the inset's pixels. */
	d: string;
	/** Where its name goes, in the inset's pixels; absent when the point is outside the inset. */
	anchor?: [number, number];
}

export interface InsetGeometry {
	width: number;
	height: number;
	/** The states the inset is for (ISO alpha-3). */
	focus: string[];
	/** What the inset shows, in degrees: the main map outlines it. */
	box: Box;
	shapes: InsetShape[];
}

/**
 * The states the story turns on: absent from its summit, or with a phase of their own (a
 * frozen participation). Those are named on every map, whatever its size.
 */
export function focusStates(story: Pick<MembershipData, 'attendance' | 'memberships'>): string[] {
	const absent = story.attendance.filter((a) => a.status === 'absent').map((a) => a.state);
	const phased = story.memberships.filter((m) => (m.phases ?? []).length > 0).map((m) => m.state);
	return [...new Set([...absent, ...phased])];
}

export interface InsetOptions {
	width: number;
	height: number;
	/** An inset is made when the focus is narrower than this share of the frame's width. */
	smallShare: number;
	/** How much land around the focus the inset shows, as a multiple of its size. */
	zoomOut: number;
	/** The least the inset spans, in degrees of longitude. */
	minSpan: number;
}

export const INSET: InsetOptions = {
	width: 156,
	height: 120,
	smallShare: 0.08,
	zoomOut: 2.8,
	minSpan: 8
};

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The inset for the focus states, or undefined when there is none or the main map's frame
 * already shows them large enough (wider than `smallShare` of the frame).
 */
export function insetGeometry(
	topology: MapTopology,
	frame: Box,
	focus: string[],
	options: InsetOptions = INSET
): InsetGeometry | undefined {
	if (focus.length === 0) return undefined;
	const [west, south, east, north] = boundsOf(topology, focus);
	if (!Number.isFinite(west)) return undefined;
	const frameWidth = frame[2] - frame[0];
	if (east - west > frameWidth * options.smallShare) return undefined;
	const { width, height } = options;
	// Centred on the focus; as wide as the inset's shape asks, in degrees at its latitude.
	const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
	const lonSpan = Math.max((east - west) * options.zoomOut, options.minSpan);
	const latSpan = lonSpan * (height / width) * Math.cos((centre[1] * Math.PI) / 180);
	const box: Box = [
		centre[0] - lonSpan / 2,
		centre[1] - latSpan / 2,
		centre[0] + lonSpan / 2,
		centre[1] + latSpan / 2
	].map((v) => Math.round(v * 100) / 100) as Box;
	const projection = geoMercator()
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			{
				type: 'MultiPoint',
				coordinates: [
					[box[0], box[1]],
					[box[2], box[3]]
				]
			}
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const path = geoPath(projection).digits(1);
	const countries = feature(topology, topology.objects.countries).features as Feature<
		Polygon | MultiPolygon,
		CountryProperties
	>[];
	const shapes: InsetShape[] = [];
	for (const country of countries) {
		const d = path(country);
		if (!d) continue;
		const point = projection(country.properties.label);
		const inside = point && point[0] > 0 && point[0] < width && point[1] > 0 && point[1] < height;
		shapes.push({
			iso3: String(country.id),
			d,
			...(inside ? { anchor: [round(point[0]), round(point[1])] as [number, number] } : {})
		});
	}
	return { width, height, focus, box, shapes };
}

/** A name placed in the inset: its box, its lines (name, then status), and a leader line if it hangs off. */
export interface InsetLabel {
	iso3: string;
	lines: string[];
	focus: boolean;
	box: Rect;
	/** From the state's point to the label, when the label stands off on a leader line. */
	leader?: [number, number, number, number];
}

/** Type sizes of the inset's names, in pixels: the focus larger. */
export const INSET_TYPE = { focus: 12, other: 10.5, line: 1.2 };

/**
 * The inset's names, placed so that none covers another or runs out of the inset: the focus
 * states' first (name and status, "Arménie" / "absente"), then the others that fit.
 */
export function insetLabels(
	inset: InsetGeometry,
	states: { iso3: string; name: string; tag: string }[],
	measure: (text: string, size: number) => number = estimateTextWidth
): InsetLabel[] {
	const byIso = new Map(states.map((state) => [state.iso3, state]));
	const boxes: (LabelBox & { lines: string[]; focus: boolean })[] = [];
	for (const shape of inset.shapes) {
		const state = byIso.get(shape.iso3);
		if (!state || !shape.anchor) continue;
		const focus = inset.focus.includes(shape.iso3);
		const size = focus ? INSET_TYPE.focus : INSET_TYPE.other;
		const lines = focus && state.tag ? [state.name, state.tag] : [state.name];
		boxes.push({
			id: shape.iso3,
			x: shape.anchor[0],
			y: shape.anchor[1],
			width: Math.ceil(Math.max(...lines.map((line) => measure(line, size)))) + 6,
			height: Math.ceil(lines.length * size * INSET_TYPE.line) + 2,
			priority: focus ? 0 : 1,
			// The focus's name beside its shape, which stays in sight; the others' on theirs.
			candidates: focus
				? ['below', 'above', 'right', 'left', 'center']
				: ['center', 'below', 'above', 'right', 'left'],
			force: focus,
			lines,
			focus
		});
	}
	const placed = placeLabels(boxes, [], edgesOf(inset.width, inset.height));
	return boxes.flatMap((label) => {
		const placement = placed.get(label.id);
		if (!placement) return [];
		const box = rectOf(label, placement);
		const leader: InsetLabel['leader'] =
			placement === 'below-far'
				? [label.x, label.y + GAP / 2, label.x, box.top]
				: placement === 'above-far'
					? [label.x, label.y - GAP / 2, label.x, box.bottom]
					: undefined;
		return [
			{ iso3: label.id, lines: label.lines, focus: label.focus, box, ...(leader ? { leader } : {}) }
		];
	});
}
