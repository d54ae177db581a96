/**
 * The scene's paints as SVG attributes, for both SVG painters: the page's (Svelte, colours as
 * `var(--token)`, so that they follow the theme) and the still images' (strings, colours as
 * the light theme's values). What differs between them is only how a token becomes a colour.
 */
import type { Token } from '$lib/theme/tokens';
import { SCENE, type MarkPaint, type MarkPrimitive, type SceneText, type TextStyle } from './scene';
import { shapePath, type MarkShape } from './shapes';

export type Colour = (token: Token) => string;

/**
 * The attributes are named one by one, not spread, in the page's painters: a spread pulls
 * Svelte's general attribute code (about 3 KB gzip) into every page and embed with a timeline.
 */
export type MarkAttributes = {
	fill: string | undefined;
	stroke: string | undefined;
	'stroke-width': number | undefined;
	'fill-opacity': number | undefined;
	'stroke-dasharray': string | undefined;
};

export type TextAttributes = {
	'font-size': number;
	'font-weight': number | undefined;
	'letter-spacing': number | undefined;
	fill: string;
};

/** A text's anchor as an attribute: none for `start`, SVG's default. */
export const anchor = (text: SceneText): SceneText['anchor'] | undefined =>
	text.anchor === 'start' ? undefined : text.anchor;

/** The id of a gradient fading an origin's colour: `fade` for bars, `halo` for dots. */
export const gradientId = (prefix: string, kind: 'fade' | 'halo', origin: MarkPaint['origin']) =>
	`${prefix}-${kind}-${origin}`;

/** A mark's paint as attributes of its shape. */
export function markAttributes(
	paint: MarkPaint,
	shape: MarkShape,
	colour: Colour,
	/** Prefix of the gradients' ids (see `gradientDefs`). */
	prefix: string
): MarkAttributes {
	const gradient =
		paint.gradient &&
		`url(#${gradientId(prefix, shape.kind === 'circle' ? 'halo' : 'fade', paint.origin)})`;
	return {
		fill: paint.gradient === 'fill' ? gradient : colour(paint.fill),
		stroke: paint.gradient === 'stroke' ? gradient : colour(paint.stroke),
		// 1 is SVG's default: left out, as on every mark of the article's.
		'stroke-width': paint.strokeWidth === 1 ? undefined : paint.strokeWidth,
		'fill-opacity': paint.fillOpacity === 1 ? undefined : paint.fillOpacity,
		'stroke-dasharray': paint.dash?.join(' ')
	};
}

/** A mark as the page's SVG draws it: the scene's, with its link, name, path and paint. */
export type SvgMark = MarkPrimitive &
	MarkAttributes & {
		href: string;
		/** Its label and date, for assistive technology. */
		name: string;
		d: string;
	};

/**
 * A lane's marks with what the SVG sets on them, made in one pass when the SVG's share
 * changes: the lane then sets attributes, with no reactive step per mark and attribute (a few
 * milliseconds of a thousand-event timeline's first render).
 */
export const svgMarks = (
	marks: readonly MarkPrimitive[],
	colour: Colour,
	prefix: string,
	event: { href(key: number): string; name(key: number): string }
): SvgMark[] =>
	marks.map((mark) => ({
		...mark,
		...markAttributes(mark.paint, mark.shape, colour, prefix),
		href: event.href(mark.key),
		name: event.name(mark.key),
		d: shapePath(mark.shape)
	}));

/**
 * A text style as attributes. Capitals and tabular figures are CSS (`.lane-title`, `.tabular`
 * in the page's painters; the images write capitals themselves): the Content-Security-Policy
 * refuses style attributes.
 */
export function textAttributes(style: TextStyle, colour: Colour): TextAttributes {
	return {
		'font-size': style.size,
		'font-weight': style.weight === 400 ? undefined : style.weight,
		'letter-spacing': 'letterSpacing' in style ? style.letterSpacing : undefined,
		fill: colour(style.fill)
	};
}

/** The gradients approximate dates fade with: each origin's colour, for bars and for dots. */
export function gradients(colour: Colour): {
	id: 'fade' | 'halo';
	origin: MarkPaint['origin'];
	stops: { offset: number; colour: string; opacity: number }[];
}[] {
	return (['article', 'context'] as const).flatMap((origin) =>
		(['fade', 'halo'] as const).map((id) => ({
			id,
			origin,
			stops: SCENE[id].map(([offset, opacity]) => ({ offset, colour: colour(origin), opacity }))
		}))
	);
}
