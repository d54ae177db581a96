/**
 * Still images of a story's map and timeline, made at build time as standalone SVG (and
 * rasterized to PNG by the image endpoints): social cards, the embeds' picture when
 * JavaScript is off, and "Download the image". d3 does the math (d3-geo projects the same
 * shapes the Leaflet map draws, the timeline's own layout places the marks); every text is
 * escaped. In the story's language, or the one asked for (`/en/stories/<id>/map.svg`).
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { localized, messages, storyLanguage, type Language } from '$lib/i18n';
import '$lib/i18n-all';
import { siteMessages } from '$lib/i18n-site';
import { escapeAttribute } from '$lib/embed/code';
import { STILL_IMAGES, viewTitle, type StillImage } from '$lib/embed/views';
import type { CountryProperties } from '$lib/map/geometry';
import { insetLabels, INSET_TYPE } from '$lib/map/inset';
import { edgesOf, placeLabels, rectOf, type LabelBox, type Rect } from '$lib/map/labels';
import { PATTERNS, STATUS_STYLE } from '$lib/map/styles';
import { eventPlaces, formatDay, stateViews } from '$lib/map/view';
import { defaultMapDate, MAP_STATUSES } from '$lib/story/membership';
import type { ResolvedStory } from '$lib/story/resolve';
import { palette, type Token } from '$lib/theme/tokens';
import { eventView } from '$lib/timeline/events';
import { frameTimeline, lanePositions } from '$lib/timeline/frame';
import { estimateTextWidth, truncateText } from '$lib/timeline/layout';
import { timeScale } from '$lib/timeline/scale';
import { buildTimelineIndex } from '$lib/timeline/model';
import { countFormat, SCENE, TEXT, timelineScene, type Primitive } from '$lib/timeline/scene';
import { shapePath } from '$lib/timeline/shapes';
import { gradientId, gradients, markAttributes, textAttributes } from '$lib/timeline/svgPaint';
import { defaultWindow } from '$lib/timeline/view';
import { mapGeometry, mapInset } from './map-geometry';
import { stories } from './stories';

export interface Still {
	svg: string;
	width: number;
	height: number;
}

const FONT = `system-ui, 'DejaVu Sans', Verdana, sans-serif`;
/** Images are in the light theme. */
const LIGHT = palette('light');
const colour = (token: Token) => LIGHT[token];
const INK = LIGHT.ink;
const MUTED = LIGHT.inkMuted;
const PAPER = LIGHT.paper;

const text = (value: string) => escapeAttribute(value);
const round = (value: number) => Math.round(value * 10) / 10;

function attributes(values: Record<string, string | number | undefined>): string {
	return Object.entries(values)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
		.join('');
}

function document(width: number, height: number, title: string, body: string[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${text(FONT)}">`,
		`<title>${text(title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
		...body,
		'</svg>',
		''
	].join('\n');
}

/** The two heading lines every still starts with: what it shows, and the story. */
function heading(width: number, title: string, subtitle: string): string[] {
	return [
		// DejaVu Sans (the PNG's font) is wider than the estimate made for system fonts.
		`<text x="16" y="28" font-size="19" font-weight="700" fill="${INK}">${text(truncateText(title, (width - 32) * 0.8, 19))}</text>`,
		`<text x="16" y="48" font-size="13" fill="${MUTED}">${text(truncateText(subtitle, (width - 32) * 0.85, 13))}</text>`
	];
}

function footer(width: number, height: number, credit: string): string {
	return `<text x="${width - 12}" y="${height - 10}" font-size="11" text-anchor="end" fill="${MUTED}">${text(credit)}</text>`;
}

/** The gradients approximate dates fade with, in the light theme. */
const gradientDefs = gradients(colour)
	.map(({ id, origin, stops }) => {
		const element = id === 'halo' ? 'radialGradient' : 'linearGradient';
		const offsets = stops.map(
			(stop) =>
				`<stop offset="${stop.offset}" stop-color="${stop.colour}" stop-opacity="${stop.opacity}"/>`
		);
		return `<${element} id="${gradientId('still', id, origin)}">${offsets.join('')}</${element}>`;
	})
	.join('');

const label = (
	value: { x: number; y: number; text: string; anchor: string },
	style: Record<string, string | number | undefined>
) =>
	`<text${attributes({ x: value.x, y: value.y, 'text-anchor': value.anchor === 'start' ? undefined : value.anchor, ...style })}>${text(value.text)}</text>`;

/** One primitive of the timeline's scene as SVG (see timeline/scene.ts). */
function paint(primitive: Primitive): string {
	switch (primitive.kind) {
		case 'tick':
			return (
				`<line x1="${primitive.x}" x2="${primitive.x}" y1="${primitive.top}" y2="${primitive.bottom}" stroke="${colour(primitive.major ? 'gridMajor' : 'grid')}"/>` +
				(primitive.label.text ? label(primitive.label, textAttributes(TEXT.axis, colour)) : '')
			);
		case 'lane':
			return (
				label(primitive.title, textAttributes(TEXT.laneTitle, colour)) +
				`<line x1="${primitive.rule.x1}" x2="${primitive.rule.x2}" y1="${primitive.rule.y}" y2="${primitive.rule.y}" stroke="${colour('rule')}" stroke-dasharray="${SCENE.laneRuleDash.join(' ')}"/>`
			);
		case 'mark':
			return (
				`<path d="${shapePath(primitive.shape)}"${attributes(markAttributes(primitive.paint, primitive.shape, colour, 'still'))}/>` +
				(primitive.label ? label(primitive.label, textAttributes(TEXT.label, colour)) : '')
			);
		case 'count': {
			const { box } = primitive;
			return (
				`<rect${attributes({ x: box.x, y: box.y, width: box.width, height: box.height, rx: SCENE.count.radius, fill: colour('mutedFill'), stroke: colour('mutedStroke') })}/>` +
				label(primitive.text, textAttributes(TEXT.count, colour))
			);
		}
	}
}

const cache = new Map<string, Still>();

/** The membership map on the summit's day, with labels, event places and a key. */
export function mapStill(story: ResolvedStory, lang: Language = storyLanguage(story)): Still {
	const key = `map:${story.id}:${lang}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const t = messages[lang];
	const width = 800;
	const height = 500;
	const day = defaultMapDate(story);
	const states = stateViews(story, day, lang);
	const byIso = new Map(states.map((state) => [state.iso3, state]));
	const { frame, topology } = mapGeometry(story);
	const [west, south, east, north] = frame;
	const countries = feature(topology, topology.objects.countries).features as Feature<
		Polygon | MultiPolygon,
		CountryProperties
	>[];
	// Centred on the frame, so that Russia's far east (past 180°) is not cut at the antimeridian.
	const centre = (west + east) / 2;
	const projection = geoMercator()
		.rotate([-centre, 0])
		.fitExtent(
			[
				[20, 64],
				[width - 20, height - 20]
			],
			{
				type: 'MultiPoint',
				coordinates: [
					[west, south],
					[east, south],
					[west, north],
					[east, north],
					[centre, north],
					[centre, south]
				]
			}
		)
		.clipExtent([
			[0, 56],
			[width, height]
		]);
	const path = geoPath(projection).digits(1);
	const shapes: string[] = [];
	const labels: string[] = [];
	const candidates: { state: (typeof states)[number]; x: number; y: number }[] = [];
	for (const country of countries) {
		const d = path(country);
		if (!d) continue;
		const state = byIso.get(String(country.id));
		const style = STATUS_STYLE[state?.status ?? 'context'];
		const fill = style.fill;
		shapes.push(
			`<path d="${d}"${attributes({
				fill,
				stroke: style.stroke,
				'stroke-width': style.weight,
				'stroke-dasharray': style.dashArray,
				'stroke-linejoin': 'round'
			})}/>`
		);
		if (!state || state.status === 'non-member') continue;
		const point = projection(country.properties.label);
		if (point) candidates.push({ state, x: point[0], y: point[1] });
	}
	// The inset (the story's small states drawn large) sits top right; nothing is drawn under it.
	const inset = mapInset(story);
	const insetBox: Rect | undefined = inset && {
		left: width - inset.width - 14,
		top: 66,
		right: width - 12,
		bottom: 66 + inset.height + 20
	};
	// Labels as the live map places them: most important first, none on another, on the key
	// or on the inset; a label that must show may hang on a leader line.
	const PRIORITY = ['absent', 'frozen', 'host', 'present', 'member', 'former', 'unknown'];
	const keyRect = (keyRows: number): Rect => ({
		left: width - 248,
		top: height - ((keyRows + 1) * 20 + 12) - 26,
		right: width - 12,
		bottom: height - 26
	});
	const shownStatuses = MAP_STATUSES.filter(
		(status) => status !== 'non-member' && states.some((state) => state.status === status)
	);
	const boxes: LabelBox[] = candidates.map(({ state, x, y }) => ({
		id: state.iso3,
		x,
		y: state.tag ? y + 1 : y - 4,
		width:
			Math.ceil(Math.max(estimateTextWidth(state.name), estimateTextWidth(state.tag)) * 1.15) + 6,
		height: state.tag ? 30 : 16,
		priority: PRIORITY.indexOf(state.status) * 100 + candidates.findIndex((c) => c.state === state),
		candidates: ['center', 'below', 'above', 'right', 'left'],
		force: ['absent', 'frozen', 'host'].includes(state.status)
	}));
	// Event places are soft obstacles: a label avoids a dot when it can.
	const dotRects: Rect[] = eventPlaces(story, lang).flatMap((place) => {
		const point = projection([place.lon, place.lat]);
		return point
			? [{ left: point[0] - 6, top: point[1] - 6, right: point[0] + 6, bottom: point[1] + 6 }]
			: [];
	});
	const placedLabels = placeLabels(boxes, dotRects, [
		...edgesOf(width, height),
		{ left: 0, top: 0, right: width, bottom: 60 },
		keyRect(shownStatuses.length),
		...(insetBox ? [insetBox] : [])
	]);
	for (const box of boxes) {
		const placement = placedLabels.get(box.id);
		const state = byIso.get(box.id);
		if (!placement || !state) continue;
		const rect = rectOf(box, placement);
		const cx = round((rect.left + rect.right) / 2);
		if (placement === 'below-far' || placement === 'above-far')
			labels.push(
				`<line x1="${round(box.x)}" y1="${round(box.y)}" x2="${cx}" y2="${round(placement === 'below-far' ? rect.top : rect.bottom)}" stroke="${INK}" stroke-width="1.5"/>`
			);
		const baseline = rect.top + 12;
		labels.push(
			`<text x="${cx}" y="${round(baseline)}" font-size="12" text-anchor="middle" fill="${INK}" stroke="${colour('surface')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${text(state.name)}${
				state.tag
					? `<tspan x="${cx}" dy="14" font-weight="700" fill="${state.status === 'absent' ? '#8a2c00' : '#0e3763'}">${text(state.tag)}</tspan>`
					: ''
			}</text>`
		);
	}
	const insetParts: string[] = [];
	const locatorParts: string[] = [];
	if (inset && insetBox) {
		const [west, south, east, north] = inset.box;
		const corners = [projection([west, north]), projection([east, south])];
		if (corners[0] && corners[1])
			locatorParts.push(
				`<rect x="${round(corners[0][0])}" y="${round(corners[0][1])}" width="${round(corners[1][0] - corners[0][0])}" height="${round(corners[1][1] - corners[0][1])}" fill="none" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/>`
			);
		const names = inset.focus.flatMap((iso3) => byIso.get(iso3)?.name ?? []).join(', ');
		const x0 = insetBox.left;
		const y0 = insetBox.top;
		insetParts.push(
			`<rect x="${x0}" y="${y0}" width="${inset.width + 2}" height="${inset.height + 22}" fill="#ffffff" stroke="#5f5f5f" rx="3"/>`,
			`<text x="${x0 + 6}" y="${y0 + 14}" font-size="11" font-weight="700" fill="${INK}">${text(t.map.inset(names))}</text>`,
			`<svg x="${x0 + 1}" y="${y0 + 21}" width="${inset.width}" height="${inset.height}" viewBox="0 0 ${inset.width} ${inset.height}">`,
			`<rect width="${inset.width}" height="${inset.height}" fill="#d3e1ec"/>`,
			...inset.shapes.map((shape) => {
				const style = STATUS_STYLE[byIso.get(shape.iso3)?.status ?? 'context'];
				return `<path d="${shape.d}"${attributes({
					fill: style.fill,
					stroke: style.stroke,
					'stroke-width': style.weight,
					'stroke-dasharray': style.dashArray,
					'stroke-linejoin': 'round'
				})}/>`;
			}),
			...insetLabels(inset, states).flatMap((label) => {
				const size = label.focus ? INSET_TYPE.focus : INSET_TYPE.other;
				const cx = round((label.box.left + label.box.right) / 2);
				const status = byIso.get(label.iso3)?.status;
				const colour = status === 'absent' ? '#8a2c00' : status === 'frozen' ? '#17406b' : INK;
				return [
					...(label.leader
						? [
								`<line x1="${label.leader[0]}" y1="${label.leader[1]}" x2="${label.leader[2]}" y2="${label.leader[3]}" stroke="${INK}"/>`
							]
						: []),
					`<rect x="${round(label.box.left)}" y="${round(label.box.top)}" width="${round(label.box.right - label.box.left)}" height="${round(label.box.bottom - label.box.top)}" rx="3" fill="#ffffff" fill-opacity="0.88"/>`,
					`<text x="${cx}" y="${round(label.box.top + size - 0.5)}" font-size="${size}" text-anchor="middle" fill="${INK}">${label.lines
						.map((line, i) =>
							i === 0
								? text(line)
								: `<tspan x="${cx}" dy="${round(size * INSET_TYPE.line)}" font-weight="700" fill="${colour}">${text(line)}</tspan>`
						)
						.join('')}</text>`
				];
			}),
			'</svg>'
		);
	}
	const dots = eventPlaces(story, lang).flatMap((place) => {
		const point = projection([place.lon, place.lat]);
		return point
			? [
					`<circle cx="${round(point[0])}" cy="${round(point[1])}" r="4.5" fill="${INK}" stroke="${colour('surface')}" stroke-width="1.5"/>`
				]
			: [];
	});
	// The key: one swatch per status shown, and event places.
	const shown = shownStatuses;
	const key_: string[] = [];
	const rowHeight = 20;
	const keyHeight = (shown.length + 1) * rowHeight + 12;
	// Bottom right: away from the story's states, which sit west and south of Russia.
	const keyTop = height - keyHeight - 26;
	const keyLeft = width - 248;
	key_.push(
		`<rect x="${keyLeft}" y="${keyTop}" width="236" height="${keyHeight}" rx="4" fill="${colour('surface')}" fill-opacity="0.92" stroke="${colour('rule')}"/>`
	);
	shown.forEach((status, i) => {
		const y = keyTop + 8 + i * rowHeight;
		const style = STATUS_STYLE[status];
		key_.push(
			`<rect x="${keyLeft + 10}" y="${y}" width="22" height="13"${attributes({
				fill: style.fill,
				stroke: style.stroke === '#ffffff' ? '#5f5f5f' : style.stroke,
				'stroke-width': 1.5,
				'stroke-dasharray': style.dashArray
			})}/>`,
			`<text x="${keyLeft + 40}" y="${y + 11}" font-size="12" fill="${INK}">${text(t.map.legendStatus[status])}</text>`
		);
	});
	const placeRow = keyTop + 8 + shown.length * rowHeight;
	key_.push(
		`<circle cx="${keyLeft + 21}" cy="${placeRow + 6}" r="4.5" fill="${INK}" stroke="${colour('surface')}" stroke-width="1.5"/>`,
		`<text x="${keyLeft + 40}" y="${placeRow + 11}" font-size="12" fill="${INK}">${text(t.map.eventPlace)}</text>`
	);
	const organisation = story.actors.find((actor) => actor.id === story.organisation.actor);
	const title = organisation ? localized(organisation.name, lang) : t.map.title;
	const subtitle = `${viewTitle('map', lang)} · ${t.map.dateLabel} ${formatDay(day, lang)}`;
	const svg = document(width, height, `${title}. ${subtitle}`, [
		`<defs>${PATTERNS.map(
			(pattern) =>
				`<pattern id="${pattern.id}" patternUnits="userSpaceOnUse" width="${pattern.size}" height="${pattern.size}"${pattern.rotate ? ` patternTransform="rotate(${pattern.rotate})"` : ''}><rect width="${pattern.size}" height="${pattern.size}" fill="${pattern.background}"/>${pattern.marks.map((mark) => `<rect width="${mark.width}" height="${mark.height}" fill="${mark.fill}"/>`).join('')}</pattern>`
		).join('')}</defs>`,
		`<rect x="0" y="56" width="${width}" height="${height - 56}" fill="${colour('sea')}"/>`,
		...shapes,
		...dots,
		...locatorParts,
		...labels,
		...key_,
		...insetParts,
		`<rect x="0" y="0" width="${width}" height="56" fill="${PAPER}"/>`,
		...heading(width, title, subtitle),
		footer(
			width,
			height,
			`Chronomap · Natural Earth · ${t.embed.source(story.agency?.name ?? story.outlet?.name ?? siteMessages[lang].outletUnknown)}`
		)
	]);
	const still = { svg, width, height };
	cache.set(key, still);
	return still;
}

/** The timeline's default view (the summit and the year before it), marks and labels placed as the page does. */
export function timelineStill(story: ResolvedStory, lang: Language = storyLanguage(story)): Still {
	const key = `timeline:${story.id}:${lang}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const t = messages[lang];
	const width = 800;
	const top = 60;
	const viewWidth = width - 24;
	const model = buildTimelineIndex(story.events, lang);
	const positions = lanePositions(model);
	const scale = timeScale(defaultWindow(story), [0, viewWidth]);
	const frame = frameTimeline(model, positions.lanes, scale, viewWidth, lang);
	const height = top + positions.height + 64;
	const labels = eventView(model);
	const scene = timelineScene({
		frame,
		index: model,
		width: viewWidth,
		height: positions.height,
		x: scale,
		selectedKey: -1,
		labelText: labels.labelText,
		laneTitle: (lane) => t.lanes[lane].toLocaleUpperCase(lang),
		formatCount: countFormat(lang)
	});
	const body: string[] = [
		`<defs>${gradientDefs}<clipPath id="view"><rect width="${viewWidth}" height="${positions.height}"/></clipPath></defs>`,
		`<g transform="translate(12 ${top})">`,
		`<rect x="-1" y="0" width="${viewWidth + 2}" height="${positions.height}" fill="${colour('surface')}" stroke="${colour('rule')}"/>`,
		`<line x1="0" x2="${viewWidth}" y1="${SCENE.axis.baseline}" y2="${SCENE.axis.baseline}" stroke="${colour('rule')}"/>`,
		`<g clip-path="url(#view)">`,
		...scene.map(paint),
		'</g>',
		'</g>'
	];
	// The key, in words as well as shapes.
	const keyY = top + positions.height + 22;
	body.push(
		`<circle cx="20" cy="${keyY - 4}" r="5" fill="${colour('article')}"/>`,
		`<text x="30" y="${keyY}" font-size="12" fill="${INK}">${text(t.articleLong)}</text>`,
		`<circle cx="250" cy="${keyY - 4}" r="5" fill="${PAPER}" stroke="${colour('context')}" stroke-width="2"/>`,
		`<text x="260" y="${keyY}" font-size="12" fill="${INK}">${text(t.contextLong)}</text>`
	);
	const [from, to] = defaultWindow(story);
	const title = localized(story.title, lang);
	const subtitle = `${t.timeline} · ${formatDay(from, lang)} – ${formatDay(to, lang)}`;
	const svg = document(width, height, `${title}. ${subtitle}`, [
		...heading(width, title, subtitle),
		...body,
		footer(
			width,
			height,
			`Chronomap · ${t.embed.source(story.agency?.name ?? story.outlet?.name ?? siteMessages[lang].outletUnknown)}`
		)
	]);
	const still = { svg, width, height };
	cache.set(key, still);
	return still;
}

/**
 * The explorer: the map and the timeline side by side, as the explorer embed shows them in a
 * wide frame. Each keeps its own heading and key; the map is centred beside the taller timeline.
 */
export function explorerStill(story: ResolvedStory, lang: Language = storyLanguage(story)): Still {
	const map = mapStill(story, lang);
	const timeline = timelineStill(story, lang);
	const width = map.width + timeline.width;
	const height = Math.max(map.height, timeline.height);
	const title = `${localized(story.title, lang)}. ${viewTitle('explorer', lang)}`;
	// Each still is a whole SVG document: nested, it keeps its own coordinates.
	const nest = (part: Still, x: number, y: number) =>
		part.svg.trim().replace('<svg ', `<svg x="${x}" y="${y}" `);
	const svg = document(width, height, title, [
		nest(map, 0, Math.round((height - map.height) / 2)),
		nest(timeline, map.width, Math.round((height - timeline.height) / 2))
	]);
	return { svg, width, height };
}

/** A still in a language: the story's own by default. */
export function still(story: ResolvedStory, image: StillImage, lang?: Language): Still {
	switch (image) {
		case 'map':
			return mapStill(story, lang);
		case 'timeline':
			return timelineStill(story, lang);
		case 'explorer':
			return explorerStill(story, lang);
	}
}

/** Every still of every story, in the story's language and in English: what the build makes. */
export function stillEntries(): { id: string; image: StillImage; lang?: string }[] {
	return [...stories().keys()].flatMap((id) =>
		STILL_IMAGES.flatMap((image) => [
			{ id, image },
			{ id, image, lang: 'en' }
		])
	);
}
