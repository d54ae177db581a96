/**
 * A validated story made ready for the views: event dates resolved to ranges (so the
 * browser needs no EDTF parser), events in time order, and each fact's origin.
 */
import { parseEdtf, resolveEventDate, type ResolvedDate } from './dates';
import type { Membership, MembershipPhase, Provenance, Story, StoryEvent } from './schema';
import { eventZone } from './zones';

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
export interface ResolvedMembership extends Omit<Membership, 'phases'> {
	start: number;
	end?: number;
	/** Its phases (a frozen participation), on the same terms: from `start` up to `end`. */
	phases?: ResolvedPhase[];
}

export interface ResolvedPhase extends MembershipPhase {
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

function summitFirst(a: ResolvedEvent, b: ResolvedEvent, summit: string): number {
	if (a.when.start !== b.when.start || a.when.end !== b.when.end) return 0;
	return Number(b.id === summit) - Number(a.id === summit);
}

/** `from`…`to` in UTC ms: from the first millisecond of `from` to, not including, that of `to`. */
function interval({ from, to }: { from: string; to?: string }): { start: number; end?: number } {
	return {
		start: parseEdtf(from).start,
		...(to === undefined ? {} : { end: parseEdtf(to).start })
	};
}

export function resolveStory(story: Story): ResolvedStory {
	const places = new Map(story.places.map((place) => [place.id, place]));
	const events = story.events
		.map((event) => ({
			...event,
			// A part of day is read in the place's clock (validate.ts makes sure there is one).
			when: resolveEventDate(
				event.date,
				event.date.partOfDay ? eventZone(event.places, places).zone : undefined
			),
			origin: originOf(event.provenance)
		}))
		// Among events of the same time the story's summit comes first: it is the one a
		// crowded timeline row keeps in view, and the first the chronology lists.
		.sort((a, b) => summitFirst(a, b, story.organisation.summit) || byTime(a, b));
	const memberships = story.memberships.map(({ phases, ...membership }) => ({
		...membership,
		...interval(membership),
		...(phases ? { phases: phases.map((phase) => ({ ...phase, ...interval(phase) })) } : {})
	}));
	const publishedWhen = { edtf: story.published.edtf, ...parseEdtf(story.published.edtf) };
	return { ...story, events, memberships, publishedWhen };
}
