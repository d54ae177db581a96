import { error } from '@sveltejs/kit';
import { stories, storyById } from '$lib/server/stories';
import { placesGeoJson } from '$lib/story/geojson';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

/** The story's places: cities and sites as points, countries by ISO code without geometry. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return new Response(JSON.stringify(placesGeoJson(bundle.resolved)), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
