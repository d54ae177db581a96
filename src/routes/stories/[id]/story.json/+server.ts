import { error, json } from '@sveltejs/kit';
import { stories, storyById } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

/** The dataset as authored and validated: it conforms to /schema/story.schema.json. */
export const GET: RequestHandler = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return json(bundle.story);
};
