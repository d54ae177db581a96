/**
 * A city's GeoNames record as an outside source, and the proof of its coordinates: what the
 * engine cites for a city it drafts, and what the studio cites for a city picked from the
 * same table. No table here, so that the studio can cite without loading it.
 */
import type { SourceKind } from '../story/sources';

export interface GeonamesCity {
	lat: number;
	lon: number;
	/** GeoNames id: https://www.geonames.org/<id> */
	geonames: number;
}

export function geonamesSource(city: GeonamesCity): {
	id: string;
	publisher: string;
	kind: SourceKind;
	url: string;
} {
	return {
		id: `geonames-${city.geonames}`,
		publisher: 'GeoNames',
		kind: 'reference',
		url: `https://www.geonames.org/${city.geonames}`
	};
}

export function coordinatesProof(city: GeonamesCity): { source: string; detail: string } {
	return { source: `geonames-${city.geonames}`, detail: `Coordinates: ${city.lat}, ${city.lon}.` };
}
