import { describe, expect, it } from 'vitest';
import { placesGeoJson } from './geojson';
import type { ResolvedStory } from './resolve';

const story = {
	language: 'fr',
	sources: [
		{ id: 'atlas', publisher: 'Atlas', kind: 'reference', url: 'https://atlas.example/minsk' }
	],
	places: [
		{ kind: 'country', id: 'blr', iso3: 'BLR', name: { fr: 'Biélorussie', en: 'Belarus' } },
		{
			kind: 'city',
			id: 'minsk',
			name: { fr: 'Minsk', en: 'Minsk' },
			country: 'BLR',
			coordinates: { lat: 53.9, lon: 27.567 },
			provenance: [{ quote: 'à Minsk' }, { source: 'atlas' }]
		}
	],
	events: [
		{ id: 'summit', places: ['minsk', 'blr'] },
		{ id: 'visit', places: ['minsk'] }
	]
} as unknown as ResolvedStory;

describe('placesGeoJson', () => {
	const collection = placesGeoJson(story);

	it('gives a city a point at [lon, lat], with its country, names, events and proof', () => {
		expect(collection.features[1]).toEqual({
			type: 'Feature',
			id: 'minsk',
			geometry: { type: 'Point', coordinates: [27.567, 53.9] },
			properties: {
				id: 'minsk',
				kind: 'city',
				country: 'BLR',
				name_fr: 'Minsk',
				name_en: 'Minsk',
				events: 'summit | visit',
				proof: '« à Minsk » | https://atlas.example/minsk'
			}
		});
	});

	it('gives a country no made-up shape: null geometry and its ISO code', () => {
		expect(collection.features[0]).toMatchObject({
			geometry: null,
			properties: { kind: 'country', iso3: 'BLR', name_en: 'Belarus', events: 'summit' }
		});
	});

	it('is a FeatureCollection with a feature per place', () => {
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features).toHaveLength(2);
	});
});
