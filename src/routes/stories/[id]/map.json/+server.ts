import { error, json } from '@sveltejs/kit';
import { mapGeometry } from '$lib/server/map-geometry';
import { stories, storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

/** The country shapes of the story's map (TopoJSON with ISO alpha-3 ids), made at build time. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return json(mapGeometry(bundle.resolved));
};
