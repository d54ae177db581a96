import { embedPath } from '$lib/embed/options';
import { EMBED_VIEWS, EMBED_VIEW_INFO } from '$lib/embed/views';
import { defaultEmbedCode, embedTitle, stillLink } from '$lib/server/embed';
import { stories } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** Every embed of every story, with its image and the code to paste. */
export const load: PageServerLoad = () => ({
	stories: [...stories().values()].map(({ resolved: story }) => ({
		id: story.id,
		title: story.title,
		language: story.language,
		embeds: EMBED_VIEWS.map((view) => ({
			view,
			title: embedTitle(story, view),
			path: embedPath(story.id, view),
			code: defaultEmbedCode(story, view),
			image: stillLink(story, EMBED_VIEW_INFO[view].image)
		}))
	}))
});
