/** The text alternative of the map's still image (see `alt.ts`). */
import { localized, messages, type Language } from '$lib/i18n';
import { formatDay, stateViews } from '$lib/map/view';
import { defaultMapDate } from '$lib/story/membership';
import type { ResolvedStory } from '$lib/story/resolve';

/** The map is of the summit's day: who was what on that day. */
export function mapAlt(story: ResolvedStory, language: Language): string {
	const day = defaultMapDate(story);
	const states = stateViews(story, day, language).filter((s) => s.status !== 'non-member');
	const separator = language === 'en' ? ': ' : ' : ';
	const groups = states.map((s) => `${s.name}${separator}${s.phrase}.`).join(' ');
	const organisation = story.actors.find((actor) => actor.id === story.organisation.actor);
	return messages[language].embed.mapAlt(
		organisation ? localized(organisation.name, language) : '',
		formatDay(day, language),
		groups
	);
}
