/**
 * What every embed page (`src/routes/embed/[id]/<view>/`) exports: no SvelteKit client (the
 * page is static HTML, and the view comes alive through its own small island script, see
 * vite.islands.config.ts), one page per story, and the view's data, the view named by the
 * route's folder.
 */
import { error } from '@sveltejs/kit';
import { isEmbedView } from '$lib/embed/views';
import { embedEntries, loadEmbed } from './embed';

export const csr = false;

export const entries = embedEntries;

export function load({ params, route }: { params: { id: string }; route: { id: string | null } }) {
	const view = route.id?.split('/').at(-1) ?? '';
	if (!isEmbedView(view)) error(500, `${route.id} is not a view of src/lib/embed/views.ts`);
	return loadEmbed(params.id, view);
}
