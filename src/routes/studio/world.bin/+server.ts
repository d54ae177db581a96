import { packGeometry } from '$lib/map/packed';
import { worldGeometry } from '$lib/server/world-geometry';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every country's shape, packed, for the studio's preview: fetched when the preview opens. */
export const GET: RequestHandler = () =>
	new Response(new Uint8Array(packGeometry(worldGeometry())), {
		headers: { 'content-type': 'application/octet-stream' }
	});
