/**
 * A validated story made ready for the views: event dates resolved to ranges (so the
 * browser needs no EDTF parser), events in time order, and each fact's origin.
 */
import { parseEdtf, resolveEventDate, type ResolvedDate } from './dates';
import type { Provenance, Story, StoryEvent } from './schema';

/** An article fact is proven by the article's own words; context comes from outside sources only. */
export type Origin = 'article' | 'context';

export interface ResolvedEvent extends StoryEvent {
	when: ResolvedDate;
	origin: Origin;
}

export interface ResolvedStory extends Omit<Story, 'events'> {
	events: ResolvedEvent[];
	publishedWhen: ResolvedDate;
}

export function originOf(provenance: Provenance[]): Origin {
	return provenance.some((proof) => 'quote' in proof) ? 'article' : 'context';
}

export function byTime(a: ResolvedEvent, b: ResolvedEvent): number {
	return a.when.start - b.when.start || a.when.end - b.when.end || a.id.localeCompare(b.id);
}

export function resolveStory(story: Story): ResolvedStory {
	const events = story.events
		.map((event) => ({
			...event,
			when: resolveEventDate(event.date),
			origin: originOf(event.provenance)
		}))
		.sort(byTime);
	const publishedWhen = { edtf: story.published.edtf, ...parseEdtf(story.published.edtf) };
	return { ...story, events, publishedWhen };
}
