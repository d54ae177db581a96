import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n';
import type { StillImage } from '$lib/embed/views';
import { still, stillEntries } from '$lib/server/stills';
import { storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stillEntries;

/** A still image of the story's map, timeline or both (explorer), as standalone SVG. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return new Response(
		still(bundle.resolved, params.image as StillImage, params.lang as Language | undefined).svg,
		{
			headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
		}
	);
};
