import { embedEntries, loadEmbed } from '$lib/server/embed';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * No SvelteKit client: the page is static HTML, and the view comes alive through its own small
 * island script (vite.islands.config.ts), which hydrates just the view.
 */
export const csr = false;

export const entries: EntryGenerator = embedEntries;

export const load: PageServerLoad = ({ params }) => loadEmbed(params.id, 'explorer');
