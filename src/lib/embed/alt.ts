/**
 * The text alternatives of the still images an embed shows without JavaScript: what the
 * picture says, in words. Pure, from the story as the embed carries it (the map's is in
 * `mapAlt.ts`, so that the timeline embed does not load the map's words).
 */
import { messages, type Language } from '$lib/i18n';
import { formatDate } from '$lib/story/format';
import type { ResolvedStory } from '$lib/story/resolve';
import { viewTitle } from './views';

/** The timeline: how many events, from when to when. */
export function timelineAlt(story: ResolvedStory, language: Language): string {
	const t = messages[language];
	const first = story.events[0];
	const last = story.events.at(-1);
	return first && last
		? t.embed.timelineAlt(
				new Intl.NumberFormat(language).format(story.events.length),
				formatDate(first.when, language),
				formatDate(last.when, language)
			)
		: viewTitle('timeline', language);
}
