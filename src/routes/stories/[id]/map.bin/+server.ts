import { error } from '@sveltejs/kit';
import { mapGeometry } from '$lib/server/map-geometry';
import { packGeometry } from '$lib/map/packed';
import { stories, storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

/**
 * The story page's shapes, the same as `map.json` (which stays the download for other tools)
 * packed: a fifth lighter once gzipped.
 */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return new Response(new Uint8Array(packGeometry(mapGeometry(bundle.resolved))), {
		headers: { 'content-type': 'application/octet-stream' }
	});
};
