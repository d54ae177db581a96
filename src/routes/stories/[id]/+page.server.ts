import { error } from '@sveltejs/kit';
import { stories, storyById } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	return { story: bundle.resolved, sourceText: bundle.sourceText };
};
