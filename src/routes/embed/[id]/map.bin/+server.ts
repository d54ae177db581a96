import { embedEntries, embedStory } from '$lib/server/embed';
import { mapGeometry } from '$lib/server/map-geometry';
import { packGeometry } from '$lib/map/packed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = embedEntries;

/** The shapes of the embeds' maps: the story page's made coarser for a smaller frame, packed. */
export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(packGeometry(mapGeometry(embedStory(params.id), 'embed'))), {
		headers: { 'content-type': 'application/octet-stream' }
	});
