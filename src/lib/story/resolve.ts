/**
 * A validated story made ready for the views: event dates resolved to ranges (so the
 * browser needs no EDTF parser), events in time order, and each fact's origin.
 */
import { parseEdtf, resolveEventDate, type ResolvedDate } from './dates';
import type { Membership, Provenance, Story, StoryEvent } from './schema';

/** An article fact is proven by the article's own words; context comes from outside sources only. */
export type Origin = 'article' | 'context';

export interface ResolvedEvent extends StoryEvent {
	when: ResolvedDate;
	origin: Origin;
}

/**
 * A membership interval in UTC ms: a member from the first millisecond of `from` up to,
 * but not including, the first millisecond of `to` (on the day it left, a state is no
 * longer a member). No `end`: still a member.
 */
export interface ResolvedMembership extends Membership {
	start: number;
	end?: number;
}

export interface ResolvedStory extends Omit<Story, 'events' | 'memberships'> {
	events: ResolvedEvent[];
	memberships: ResolvedMembership[];
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
	const memberships = story.memberships.map((membership) => ({
		...membership,
		start: parseEdtf(membership.from).start,
		...(membership.to === undefined ? {} : { end: parseEdtf(membership.to).start })
	}));
	const publishedWhen = { edtf: story.published.edtf, ...parseEdtf(story.published.edtf) };
	return { ...story, events, memberships, publishedWhen };
}
