import { error } from '@sveltejs/kit';
import { still } from '$lib/server/stills';
import { stories, storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...stories().keys()].flatMap((id) => [
		{ id, image: 'map' },
		{ id, image: 'timeline' }
	]);

/** A still image of the story's map or timeline, as standalone SVG. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return new Response(still(bundle.resolved, params.image as 'map' | 'timeline').svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
