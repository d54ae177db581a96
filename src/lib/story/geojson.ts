/**
 * A story's places as GeoJSON (RFC 7946): cities and sites as Point features at the
 * dataset's coordinates, countries as features without geometry (`geometry: null`) that name
 * their ISO 3166-1 alpha-3 code, since the dataset gives them no shape. Properties are flat
 * (several values joined by " | ", as in the events CSV) so that GIS tools read them as columns.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ResolvedStory } from './resolve';

export type PlaceProperties = Record<string, string>;

export function placesGeoJson(
	story: Pick<ResolvedStory, 'places' | 'events' | 'language' | 'sources'>
): FeatureCollection<Point | null, PlaceProperties> {
	const languages = [...new Set([story.language, 'en'])];
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	return {
		type: 'FeatureCollection',
		features: story.places.map((place) => {
			const names = Object.fromEntries(
				languages.map((language) => [`name_${language}`, place.name[language] ?? ''])
			);
			const events = story.events
				.filter((event) => event.places.includes(place.id))
				.map((event) => event.id)
				.join(' | ');
			if (place.kind === 'country') {
				return {
					type: 'Feature',
					id: place.id,
					geometry: null,
					properties: { id: place.id, kind: 'country', iso3: place.iso3, ...names, events }
				};
			}
			const proof = place.provenance
				.map((p) => ('quote' in p ? `« ${p.quote} »` : (sources.get(p.source)?.url ?? p.source)))
				.join(' | ');
			return {
				type: 'Feature',
				id: place.id,
				geometry: {
					type: 'Point',
					coordinates: [place.coordinates.lon, place.coordinates.lat]
				},
				properties: {
					id: place.id,
					kind: place.kind,
					country: place.country,
					...names,
					events,
					proof
				}
			};
		})
	};
}
