import { json } from '@sveltejs/kit';
import { embedEntries, oembedFor } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = embedEntries;

export const GET: RequestHandler = ({ params }) => json(oembedFor(params.id, 'explorer'));
