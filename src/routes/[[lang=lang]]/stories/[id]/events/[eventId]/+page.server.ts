import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n';
import { stories, storyById } from '$lib/server/stories';
import { inLanguage } from '$lib/story/localize';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...stories().values()].flatMap(({ resolved }) =>
		resolved.events.flatMap((event) => [
			{ id: resolved.id, eventId: event.id },
			{ id: resolved.id, eventId: event.id, lang: 'en' }
		])
	);

export const load: PageServerLoad = ({ params }) => {
	const bundle = storyById(params.id);
	if (!bundle) error(404, `No story "${params.id}"`);
	const story = bundle.resolved;
	const event = story.events.find((candidate) => candidate.id === params.eventId);
	if (!event) error(404, `No event "${params.eventId}" in story "${params.id}"`);
	// Only what the card needs, in the page's language: the event and the places, actors and
	// sources it cites.
	const language = (params.lang ?? 'fr') as Language;
	return {
		story: {
			id: story.id,
			language: story.language,
			title: story.title,
			places: inLanguage(
				story.places.filter((place) => event.places.includes(place.id)),
				language
			),
			actors: inLanguage(
				story.actors.filter((actor) => event.actors.includes(actor.id)),
				language
			),
			sources: inLanguage(story.sources, language)
		},
		event: inLanguage(event, language),
		language
	};
};
