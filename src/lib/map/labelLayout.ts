/**
 * Placing the map's names where the reader sees them: the states' names, and the places'
 * when zoomed in close enough to leave them room, measured in the map as it is now and
 * placed by `placeLabels` (labels.ts) clear of each other, of the dots and of the controls
 * over the map. Run after every zoom, move, resize and change of names.
 */
import type * as Leaflet from 'leaflet';
import type { MapStatus } from '$lib/story/membership';
import { placeLabels, type LabelBox, type Placement, type Rect } from './labels';
import type { MapPlace } from './types';

/** Label order: the absent or frozen member's name first, context last. */
const LABEL_PRIORITY: Record<MapStatus, number> = {
	absent: 0,
	host: 1,
	present: 2,
	member: 2,
	frozen: 0,
	former: 3,
	'non-member': 4,
	unknown: 4
};

/** Zoom from which places are named. */
const PLACE_NAMES_ZOOM = 4;

export function setPlacement(element: HTMLElement, placement: Placement | null) {
	element.dataset.placement = placement ?? 'hidden';
}

export interface LabelLayout {
	map: Leaflet.Map;
	container: HTMLElement;
	/** The states' names, by ISO code; their marker carries the state's status. */
	stateLabels: Map<string, HTMLElement>;
	placeNames: HTMLElement[];
	places: MapPlace[];
	/** Where each name is pinned. */
	anchors: WeakMap<HTMLElement, Leaflet.LatLng>;
	/** Elements over the map besides Leaflet's controls (the reset button, the inset). */
	overlays: HTMLElement[];
}

export function layoutLabels(layout: LabelLayout): void {
	const { map, container, stateLabels, placeNames, places, anchors } = layout;
	const named = map.getZoom() >= PLACE_NAMES_ZOOM ? placeNames : [];
	const { x: viewWidth } = map.getSize();
	// A name near the edge slides inwards rather than being cut off.
	const point = (element: HTMLElement) => {
		const { x, y } = map.latLngToContainerPoint(anchors.get(element)!);
		const half = element.offsetWidth / 2 + 2;
		const inView = x >= 0 && x <= viewWidth;
		const clamped = inView ? Math.min(Math.max(x, half), viewWidth - half) : x;
		element.style.setProperty('--dx', `${Math.round(clamped - x)}px`);
		return { x: clamped, y };
	};
	const boxes: LabelBox[] = [
		...[...stateLabels].map(([iso3, element], i) => {
			const status = element.parentElement?.dataset.status as MapStatus | undefined;
			const { x, y } = point(element);
			return {
				id: iso3,
				x,
				y,
				width: element.offsetWidth,
				height: element.offsetHeight,
				priority: LABEL_PRIORITY[status ?? 'non-member'] * 100 + i,
				candidates: ['center', 'below', 'above', 'right', 'left'] as Placement[],
				force: status === 'absent' || status === 'frozen' || status === 'host'
			};
		}),
		...named.map((element, i) => ({
			id: `place-${i}`,
			...map.latLngToContainerPoint(anchors.get(element)!),
			width: element.offsetWidth,
			height: element.offsetHeight,
			priority: 1000 + i,
			candidates: ['right', 'above', 'below'] as Placement[]
		}))
	];
	const dots: Rect[] = places.map((place) => {
		const { x, y } = map.latLngToContainerPoint([place.lat, place.lon]);
		return { left: x - 6, top: y - 6, right: x + 6, bottom: y + 6 };
	});
	// The controls over the map (zoom, reset, attribution, inset) hide what is under them.
	const origin = container.getBoundingClientRect();
	const controls: Rect[] = [
		...container.querySelectorAll<HTMLElement>('.leaflet-control'),
		...layout.overlays
	].map((element) => {
		const { left, top, right, bottom } = element.getBoundingClientRect();
		return {
			left: left - origin.left,
			top: top - origin.top,
			right: right - origin.left,
			bottom: bottom - origin.top
		};
	});
	const placed = placeLabels(boxes, dots, controls);
	for (const [iso3, element] of stateLabels) setPlacement(element, placed.get(iso3) ?? null);
	placeNames.forEach((element, i) =>
		setPlacement(element, named.length > 0 ? (placed.get(`place-${i}`) ?? null) : null)
	);
}
