/** What the Leaflet map draws, prepared by its parent from the story and the map's date. */
import type { MapStatus } from '$lib/story/membership';
import type { Box, MapTopology } from './geometry';

export interface MapState {
	/** ISO 3166-1 alpha-3. */
	iso3: string;
	name: string;
	status: MapStatus;
	/** Shown after the name on the map ("absente", "hôte"); empty when the style says it all. */
	tag: string;
	/** Name and status, read by screen readers: "Arménie — membre, absente du sommet de Minsk". */
	accessibleName: string;
}

export interface MapPlace {
	id: string;
	name: string;
	/** Country the place is in (ISO alpha-3): selecting the place selects it. */
	country: string;
	lat: number;
	lon: number;
}

export interface TileLayerOption {
	url: string;
	attribution: string;
}

/** What `/stories/<id>/map.json` holds. */
export interface MapGeometry {
	/** The box the map is fitted to on load: the story's member and former member states. */
	frame: Box;
	topology: MapTopology;
}
