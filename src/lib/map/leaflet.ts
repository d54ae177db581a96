/**
 * The parts of Leaflet 1.9 the map uses, taken from its ES sources rather than the whole
 * library: the map with its drag, wheel, double-click, touch and keyboard handlers, the SVG renderer, GeoJSON
 * shapes, markers with HTML icons, circle markers, tooltips, the zoom control and the base
 * of controls (about 30 KB gzip instead of 43 KB). Not Leaflet's attribution control: it writes
 * its credits as HTML, and the map's credits are built from nodes (see content.ts). Tiles, popups, image overlays, the canvas
 * renderer and the layers and scale controls are left out; a tile layer, opt-in per story,
 * is loaded on its own when a story asks for one.
 */
import type * as Leaflet from 'leaflet';
import { Map, createMap as map } from 'leaflet/src/map/Map.js';
// The map's handlers, each registering itself; not Leaflet's shift-drag box zoom nor its
// long-press menu for old iOS Safari, which this map never uses.
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';
import { geoJSON } from 'leaflet/src/layer/GeoJSON.js';
import { marker } from 'leaflet/src/layer/marker/Marker.js';
import { divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { circleMarker } from 'leaflet/src/layer/vector/CircleMarker.js';
import { Control } from 'leaflet/src/control/Control.js';
import { zoom } from 'leaflet/src/control/Control.Zoom.js';
import { toLatLng } from 'leaflet/src/geo/LatLng.js';
import Browser from 'leaflet/src/core/Browser.js';
// Side effect: `bindTooltip` on layers.
import 'leaflet/src/layer/Tooltip.js';

type Renderer = Leaflet.Renderer;
interface RendererHost {
	options: Leaflet.MapOptions;
	_renderer?: Renderer;
	_paneRenderers: Record<string, Renderer>;
	hasLayer(layer: Leaflet.Layer): boolean;
	addLayer(layer: Leaflet.Layer): void;
	_getPaneRenderer(pane?: string): Renderer | false;
}

// Leaflet's own `Renderer.getRenderer.js`, with the SVG renderer only: it would also bring
// in the canvas renderer, which this map never uses.
Map.include({
	getRenderer(this: RendererHost, layer: Leaflet.Path) {
		let renderer =
			layer.options.renderer ||
			this._getPaneRenderer(layer.options.pane) ||
			this.options.renderer ||
			this._renderer;
		if (!renderer) renderer = this._renderer = svg();
		if (!this.hasLayer(renderer!)) this.addLayer(renderer!);
		return renderer;
	},
	_getPaneRenderer(this: RendererHost, name?: string) {
		if (name === 'overlayPane' || name === undefined) return false;
		let renderer = this._paneRenderers[name];
		if (renderer === undefined) renderer = this._paneRenderers[name] = svg({ pane: name });
		return renderer;
	}
});

export interface LeafletParts {
	map: typeof Leaflet.map;
	svg: typeof Leaflet.svg;
	geoJSON: typeof Leaflet.geoJSON;
	marker: typeof Leaflet.marker;
	divIcon: typeof Leaflet.divIcon;
	circleMarker: typeof Leaflet.circleMarker;
	latLng: typeof Leaflet.latLng;
	Control: typeof Leaflet.Control;
	control: { zoom: typeof Leaflet.control.zoom };
	Browser: typeof Leaflet.Browser;
}

const L: LeafletParts = {
	map,
	svg,
	geoJSON,
	marker,
	divIcon,
	circleMarker,
	latLng: toLatLng,
	Control,
	control: { zoom },
	Browser
};

export default L;

/** Leaflet's tile layer, for the stories that opt in to tiles. */
export async function loadTileLayer(): Promise<typeof Leaflet.tileLayer> {
	const { tileLayer } = await import('leaflet/src/layer/tile/TileLayer.js');
	return tileLayer;
}
