import { json } from '@sveltejs/kit';
import { cardDetails } from '$lib/embed/trim';
import { embedEntries, embedStory } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = embedEntries;

/**
 * What the embeds' event cards show beyond the timeline's marks (summaries, proof, notes,
 * actors and the sources they cite), loaded when the reader first reaches for the timeline.
 */
export const GET: RequestHandler = ({ params }) => json(cardDetails(embedStory(params.id)));
