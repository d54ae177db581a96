import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n';
import { mapInset } from '$lib/server/map-geometry';
import { stories, storyById } from '$lib/server/stories';
import { storyInLanguage } from '$lib/story/localize';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...stories().keys()].flatMap((id) => [{ id }, { id, lang: 'en' }]);

export const load: PageServerLoad = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	const story = bundle.resolved;
	// The map's date can go from the first fact to the end of the year the site was built.
	const first = Math.min(
		...story.memberships.map((m) => m.start),
		...story.events.map((e) => e.when.start)
	);
	const last = Date.UTC(new Date().getUTCFullYear(), 11, 31);
	const language = (params.lang ?? 'fr') as Language;
	return {
		story: storyInLanguage(story, language),
		sourceText: bundle.sourceText,
		language,
		dateRange: [first, last] as [number, number],
		inset: mapInset(story)
	};
};
