import { AVAILABLE_VIEWS } from '$lib/embed/views';
import { embedPath } from '$lib/embed/options';
import { storyLinks } from '$lib/embed/data';
import { EMBED_VIEW_INFO } from '$lib/embed/views';
import { defaultEmbedCode, embedTitle } from '$lib/server/embed';
import { still } from '$lib/server/stills';
import { stories } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** Every embed of every story, with its image and the code to paste. */
export const load: PageServerLoad = () => ({
	stories: [...stories().values()].map(({ resolved: story }) => ({
		id: story.id,
		title: story.title,
		language: story.language,
		embeds: AVAILABLE_VIEWS.map((view) => {
			const image = EMBED_VIEW_INFO[view].image;
			const { width, height } = still(story, image);
			return {
				view,
				title: embedTitle(story, view),
				path: embedPath(story.id, view),
				code: defaultEmbedCode(story, view),
				links: storyLinks(story.id, image),
				width,
				height
			};
		})
	}))
});
