import type { Language } from '$lib/i18n';
import { stories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'en' }];

export const load: PageServerLoad = ({ params }) => ({
	language: (params.lang ?? 'fr') as Language,
	stories: [...stories().values()].map(({ resolved: story }) => ({
		id: story.id,
		language: story.language,
		title: story.title,
		dek: story.dek,
		published: story.publishedWhen,
		outlet: story.outlet?.name,
		agency: story.agency?.name
	}))
});
