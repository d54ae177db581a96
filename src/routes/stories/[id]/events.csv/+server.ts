import { error } from '@sveltejs/kit';
import { stories, storyById } from '$lib/server/stories';
import { eventsCsv } from '$lib/story/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return new Response(eventsCsv(bundle.resolved), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
};
