import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n';
import type { StillImage } from '$lib/embed/views';
import { rasterize } from '$lib/server/rasterize';
import { still, stillEntries } from '$lib/server/stills';
import { storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stillEntries;

/** The same still as PNG at twice its size: for social cards and slides. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	const png = rasterize(
		still(bundle.resolved, params.image as StillImage, params.lang as Language | undefined).svg,
		2
	);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
