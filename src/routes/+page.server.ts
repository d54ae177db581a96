import { stories } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: [...stories().values()].map(({ story }) => ({
		id: story.id,
		language: story.language,
		title: story.title,
		dek: story.dek,
		published: story.published.edtf,
		outlet: story.outlet?.name,
		agency: story.agency?.name
	}))
});
