/**
 * What the map draws with Leaflet, once its shapes have arrived: the map and its controls,
 * the states' shapes (the selectable ones as named buttons) and their names, the events'
 * places, the inset's outline. `CountryMap.svelte` calls these once, then keeps styles and
 * names in step with its props. Every text goes in as a DOM node (content.ts), never HTML.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type * as Leaflet from 'leaflet';
import { feature } from 'topojson-client';
import { creditsElement, textElement } from './content';
import type { Box } from './geometry';
import type { LeafletParts } from './leaflet';
import { setPlacement } from './labelLayout';
import { MARK_STYLE, STATUS_STYLE, type StatusStyle } from './styles';
import type { MapGeometry, MapPlace, MapState, TileLayerOption } from './types';

type Shape = Feature<Polygon | MultiPolygon>;

export interface MapSettings {
	/** The reader asked for less motion: the map jumps rather than glides. */
	still: boolean;
	tiles?: TileLayerOption;
	tileLayer?: typeof Leaflet.tileLayer;
	zoomIn: string;
	zoomOut: string;
}

/** Leaflet's bounds of a box: [west, south, east, north] → [[south, west], [north, east]]. */
export const boxBounds = ([west, south, east, north]: Box): Leaflet.LatLngBoundsExpression => [
	[south, west],
	[north, east]
];

/**
 * The map, framed on the story's states, with its zoom buttons and credits. The page scrolls
 * past it until the reader picks it (a click, or the focus inside): only then do the wheel
 * and, on a phone, one finger move it.
 */
export function createMap(
	L: LeafletParts,
	container: HTMLElement,
	frame: Box,
	settings: MapSettings
): Leaflet.Map {
	const [west, south, east] = frame;
	const touch = L.Browser.mobile;
	const map = L.map(container, {
		zoomControl: false,
		// Leaflet's attribution control writes HTML: the credits below are nodes.
		attributionControl: false,
		scrollWheelZoom: false,
		dragging: !touch,
		zoomSnap: 0.25,
		zoomDelta: 0.5,
		minZoom: 1,
		maxZoom: 7,
		maxBounds: [
			[Math.max(south - 25, -80), west - 60],
			[85, east + 40]
		],
		maxBoundsViscosity: 0.9,
		zoomAnimation: !settings.still,
		fadeAnimation: !settings.still,
		markerZoomAnimation: !settings.still,
		renderer: L.svg({ padding: 0.5 })
	});
	// A view first: Leaflet adds layers (and makes their SVG paths) only once it has one.
	map.fitBounds(boxBounds(frame), { padding: [6, 6] });
	const credits = new L.Control({ position: 'bottomright' });
	credits.onAdd = () =>
		creditsElement({ text: 'Leaflet', href: 'https://leafletjs.com' }, [
			{ text: 'Natural Earth', href: 'https://www.naturalearthdata.com/' },
			...(settings.tiles ? [{ text: settings.tiles.attribution }] : [])
		]);
	credits.addTo(map);
	L.control.zoom({ zoomInTitle: settings.zoomIn, zoomOutTitle: settings.zoomOut }).addTo(map);
	if (settings.tiles && settings.tileLayer) settings.tileLayer(settings.tiles.url).addTo(map);

	const activate = () => {
		map.scrollWheelZoom.enable();
		map.dragging.enable();
	};
	map.on('click', activate);
	container.addEventListener('focusin', activate);
	container.addEventListener('mouseleave', () => {
		if (!container.contains(document.activeElement)) map.scrollWheelZoom.disable();
	});
	return map;
}

export interface DrawnStates {
	/** The shape of each selectable state: a named button in the tab order. */
	shapes: Map<string, Leaflet.Path>;
	/** Each selectable state's name on the map (hidden from screen readers: the shape is named). */
	labels: Map<string, HTMLElement>;
}

/**
 * Every country of the shapes, context first, then the selectable states in the order given:
 * the order of the SVG paths is the keyboard's tab order. A selectable state is a button
 * (Enter or Space selects it) with a focus ring drawn above every shape, so that no
 * neighbour hides part of it. `anchors` gets where each name is pinned.
 */
export function drawStates(
	L: LeafletParts,
	map: Leaflet.Map,
	geometry: MapGeometry,
	states: MapState[],
	options: { translucent: boolean; onSelect: (iso3: string) => void },
	anchors: WeakMap<HTMLElement, Leaflet.LatLng>
): DrawnStates {
	const selectable = new Map(states.map((state) => [state.iso3, state]));
	const countries = feature(geometry.topology, geometry.topology.objects.countries)
		.features as Shape[];
	const order = (shape: Shape) => {
		const state = selectable.get(String(shape.id));
		return state ? states.indexOf(state) : -1;
	};
	countries.sort((a, b) => order(a) - order(b));
	map.createPane('focusPane').style.zIndex = '450';
	map.getPane('focusPane')!.setAttribute('aria-hidden', 'true');

	const shapes = new Map<string, Leaflet.Path>();
	const labels = new Map<string, HTMLElement>();
	const context = STATUS_STYLE.context;
	for (const country of countries) {
		const iso3 = String(country.id);
		const layer = L.geoJSON(country, {
			interactive: selectable.has(iso3),
			style: {
				fillColor: context.fill,
				fillOpacity: options.translucent ? 0.55 : 1,
				color: context.stroke,
				weight: context.weight
			}
		}).addTo(map);
		if (!selectable.has(iso3)) continue;
		const path = layer.getLayers()[0] as Leaflet.Path;
		shapes.set(iso3, path);
		asButton(L, map, path, country, () => options.onSelect(iso3));
		path.getElement()?.setAttribute('data-state', iso3);

		const [lon, lat] = (country.properties as { label: [number, number] }).label;
		const label = textElement('', { className: 'label-text' });
		L.marker([lat, lon], {
			icon: L.divIcon({ className: 'map-label', html: label, iconSize: undefined }),
			interactive: false,
			keyboard: false
		}).addTo(map);
		label.parentElement?.setAttribute('aria-hidden', 'true');
		labels.set(iso3, label);
		anchors.set(label, L.latLng(lat, lon));
	}
	return { shapes, labels };
}

/** A state's shape as a button, with its focus ring above the other shapes. */
function asButton(
	L: LeafletParts,
	map: Leaflet.Map,
	path: Leaflet.Path,
	country: Shape,
	select: () => void
) {
	path.on('click', select);
	const element = path.getElement() as SVGPathElement;
	element.setAttribute('tabindex', '0');
	element.setAttribute('role', 'button');
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			select();
		}
	});
	const ring = L.geoJSON(country, {
		pane: 'focusPane',
		interactive: false,
		// Coloured by the stylesheet (`.focus-ring`), from the focus token.
		style: { fill: false, weight: 4, className: 'focus-ring' }
	});
	element.addEventListener('focus', () => {
		if (element.matches(':focus-visible')) ring.addTo(map);
	});
	element.addEventListener('blur', () => ring.remove());
}

export interface DrawnPlaces {
	/** Each place's dot, by place id. */
	markers: Map<string, Leaflet.CircleMarker>;
	/** Each place's name on the map, in the order of the places. */
	names: HTMLElement[];
}

/**
 * The events' places: a dot with its name as a hover label, and its name on the map (shown
 * when zoomed in). Picking a dot picks its state. Dots and names are hidden from screen
 * readers and out of the tab order: each event names its places, and the state's shape is
 * the named control.
 */
export function drawPlaces(
	L: LeafletParts,
	map: Leaflet.Map,
	places: MapPlace[],
	onSelect: (iso3: string) => void,
	anchors: WeakMap<HTMLElement, Leaflet.LatLng>
): DrawnPlaces {
	const markers = new Map<string, Leaflet.CircleMarker>();
	const names: HTMLElement[] = [];
	const style = MARK_STYLE.place;
	for (const place of places) {
		const marker = L.circleMarker([place.lat, place.lon], {
			radius: style.radius,
			color: style.halo,
			weight: style.weight,
			fillColor: style.fill,
			fillOpacity: 1,
			bubblingMouseEvents: false
		})
			.bindTooltip(textElement(place.name), { direction: 'top', offset: [0, -4] })
			.on('click', () => onSelect(place.country))
			.addTo(map);
		marker.getElement()?.setAttribute('aria-hidden', 'true');
		// Chromium puts an SVG shape with focus listeners (Leaflet's, for the hover label) in
		// the tab order.
		marker.getElement()?.setAttribute('tabindex', '-1');
		markers.set(place.id, marker);
		const name = textElement(place.name);
		names.push(name);
		setPlacement(name, null);
		anchors.set(name, L.latLng(place.lat, place.lon));
		L.marker([place.lat, place.lon], {
			icon: L.divIcon({ className: 'place-label', html: name, iconSize: undefined }),
			interactive: false,
			keyboard: false
		})
			.addTo(map)
			.getElement()
			?.setAttribute('aria-hidden', 'true');
	}
	return { markers, names };
}

/** Where the inset's detail lies, outlined: the reader sees what it enlarges. */
export function drawLocator(L: LeafletParts, map: Leaflet.Map, [west, south, east, north]: Box) {
	const ring = [
		[west, south],
		[east, south],
		[east, north],
		[west, north],
		[west, south]
	];
	const { stroke, weight, dashArray } = MARK_STYLE.locator;
	L.geoJSON({ type: 'Polygon', coordinates: [ring] } as Polygon, {
		interactive: false,
		style: { fill: false, color: stroke, weight, dashArray }
	}).addTo(map);
}

/** Mark the wanted places' dots (larger, in the focus colour, in front); unmark the others. */
export function markPlaces(markers: Map<string, Leaflet.CircleMarker>, wanted: Set<string>) {
	const { place, placeMarked } = MARK_STYLE;
	for (const [id, marker] of markers) {
		const on = wanted.has(id);
		const style = on ? placeMarked : place;
		marker.setStyle({ radius: style.radius, fillColor: style.fill, weight: style.weight });
		if (on) marker.bringToFront();
	}
}

/** A state's shape as its status and selection draw it. */
export function stateStyle(style: StatusStyle, selected: boolean): Leaflet.PathOptions {
	const { stroke, extraWeight } = MARK_STYLE.selected;
	return {
		fillColor: style.fill,
		color: selected ? stroke : style.stroke,
		weight: selected ? style.weight + extraWeight : style.weight,
		dashArray: style.dashArray ?? ''
	};
}

/**
 * Where the map goes to show an event: round its places' dots when it has some (a country as
 * big as Russia would say little), else round its states' shapes; nowhere when neither is drawn.
 */
export function highlightBounds(
	markers: Map<string, Leaflet.CircleMarker>,
	shapes: Map<string, Leaflet.Path>,
	places: Set<string>,
	states: string[]
): Leaflet.LatLngBounds | undefined {
	const points = [...places].flatMap((id) => {
		const marker = markers.get(id);
		return marker ? [marker.getLatLng()] : [];
	});
	if (points.length > 0)
		return points.slice(1).reduce((box, point) => box.extend(point), points[0]!.toBounds(200_000));
	const boxes = states.flatMap((iso3) => {
		const path = shapes.get(iso3) as
			(Leaflet.Path & { getBounds?: () => Leaflet.LatLngBounds }) | undefined;
		return path?.getBounds ? [path.getBounds()] : [];
	});
	return boxes.length > 0 ? boxes.slice(1).reduce((box, b) => box.extend(b), boxes[0]!) : undefined;
}

/**
 * Brings the drawn states in step with their views: each shape's style, name and pressed
 * state, each label's name and status tag.
 */
export function restyleStates(
	shapes: Map<string, Leaflet.Path>,
	labels: Map<string, HTMLElement>,
	states: MapState[],
	selected: (iso3: string) => boolean
) {
	for (const state of states) {
		const path = shapes.get(state.iso3);
		const on = selected(state.iso3);
		path?.setStyle(stateStyle(STATUS_STYLE[state.status], on));
		const element = path?.getElement();
		element?.setAttribute('aria-label', state.accessibleName);
		element?.setAttribute('aria-pressed', String(on));
		element?.setAttribute('data-status', state.status);
		const label = labels.get(state.iso3);
		if (!label) continue;
		label.textContent = state.name;
		if (state.tag)
			label.append(document.createElement('br'), textElement(state.tag, { tag: 'strong' }));
		label.parentElement?.setAttribute('data-status', state.status);
	}
}
