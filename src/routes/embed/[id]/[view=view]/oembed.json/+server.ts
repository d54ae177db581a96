import { json } from '@sveltejs/kit';
import { embedViewEntries, oembedFor } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = embedViewEntries;

export const GET: RequestHandler = ({ params }) => json(oembedFor(params.id, params.view));
