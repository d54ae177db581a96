/**
 * A story cut down to what one embedded view shows, so that an embed page carries no data it
 * does not use, and the event cards' details, which a timeline loads when the reader first
 * reaches for it. Everything kept is unchanged; the proof of every fact shown is kept with it
 * (in the page, or in the details the card loads before it shows the fact).
 */
import type { ResolvedEvent, ResolvedStory } from '$lib/story/resolve';
import type { Actor, Note, OutsideSource, Place, Provenance } from '$lib/story/schema';
import { EMBED_VIEW_INFO, type EmbedView } from './views';

/** What an event card shows beyond the timeline's mark: summary, proof, notes and actors. */
export type EventDetails = Pick<ResolvedEvent, 'summary' | 'provenance' | 'notes' | 'actors'>;

/** The event cards' details of a story: `/embed/<story>/details.json`. */
export interface CardDetails {
	events: Record<string, EventDetails>;
	/** The actors the events name, with their roles and corrections. */
	actors: Actor[];
	/** The outside sources the events, their notes and their actors' corrections cite. */
	sources: OutsideSource[];
}

function sourceIds(provenance: Provenance[], notes: Note[] = []): string[] {
	return [...provenance, ...notes.flatMap((note) => note.provenance)].flatMap((proof) =>
		'source' in proof ? [proof.source] : []
	);
}

/** An event as its mark and the map need it: title, date, category, places and origin. */
function bareEvent(event: ResolvedEvent): ResolvedEvent {
	return { ...event, summary: {}, provenance: [], notes: [], actors: [] };
}

/**
 * An event always has at least one proof: one without any is a bare event, whose card must
 * wait for its details.
 */
export function isBare(event: ResolvedEvent): boolean {
	return event.provenance.length === 0;
}

/** Places as the views show them: names, codes and coordinates (their proof is the full story's). */
function barePlaces(story: ResolvedStory, keep: (place: Place) => boolean = () => true): Place[] {
	return story.places
		.filter(keep)
		.map((place) => (place.kind === 'country' ? place : { ...place, provenance: [] }));
}

/** The story's own header, as the embed's title line and footer show it. */
function bareHeader(story: ResolvedStory): ResolvedStory {
	return {
		...story,
		dek: {},
		outlet: story.outlet && { name: story.outlet.name, notes: [] },
		agency: story.agency && { name: story.agency.name, provenance: [] },
		byline: undefined,
		published: {
			edtf: story.published.edtf,
			established: { ...story.published.established, text: {}, provenance: [] }
		},
		editorialNotes: [],
		furniture: []
	};
}

/** The story for the timeline: the events as their marks need them, the places they name. */
function forTimeline(story: ResolvedStory): ResolvedStory {
	const placeIds = new Set(story.events.flatMap((event) => event.places));
	return {
		...bareHeader(story),
		memberships: [],
		attendance: [],
		places: barePlaces(story, (place) => placeIds.has(place.id)),
		actors: story.actors.filter((actor) => actor.id === story.organisation.actor),
		events: story.events.map(bareEvent),
		sources: []
	};
}

/**
 * The story for the map: memberships and attendance with their proof, the places, and the
 * events as the state panel lists them (title, date, places).
 */
function forMap(story: ResolvedStory): ResolvedStory {
	const cited = new Set([
		...story.memberships.flatMap((m) => [
			...sourceIds(m.provenance, m.notes),
			...(m.phases ?? []).flatMap((phase) => sourceIds(phase.provenance, phase.notes))
		]),
		...story.attendance.flatMap((a) => sourceIds(a.provenance, a.notes))
	]);
	return {
		...bareHeader(story),
		places: barePlaces(story),
		actors: story.actors.filter((actor) => actor.id === story.organisation.actor),
		events: story.events.map(bareEvent),
		sources: story.sources.filter((source) => cited.has(source.id))
	};
}

export function storyForView(story: ResolvedStory, view: EmbedView): ResolvedStory {
	// The explorer's map needs everything the map embed has; its timeline adds nothing the
	// map's events lack until a card loads its details.
	return EMBED_VIEW_INFO[view].parts.map ? forMap(story) : forTimeline(story);
}

/** The details of every event's card, and the actors and sources they cite. */
export function cardDetails(story: ResolvedStory): CardDetails {
	const actorIds = new Set(story.events.flatMap((event) => event.actors));
	const actors = story.actors.filter((actor) => actorIds.has(actor.id));
	const cited = new Set([
		...story.events.flatMap((event) => sourceIds(event.provenance, event.notes)),
		...actors.flatMap((actor) =>
			actor.kind === 'person' && actor.correction ? sourceIds([], [actor.correction]) : []
		)
	]);
	return {
		events: Object.fromEntries(
			story.events.map(({ id, summary, provenance, notes, actors }) => [
				id,
				{ summary, provenance, notes, actors }
			])
		),
		actors,
		sources: story.sources.filter((source) => cited.has(source.id))
	};
}

/** A trimmed story with its cards' details put back. */
export function withDetails(story: ResolvedStory, details: CardDetails): ResolvedStory {
	const merge = <T extends { id: string }>(kept: T[], added: T[]) => {
		const ids = new Set(kept.map((item) => item.id));
		return [...kept, ...added.filter((item) => !ids.has(item.id))];
	};
	return {
		...story,
		events: story.events.map((event) => {
			const more = details.events[event.id];
			return more ? { ...event, ...more } : event;
		}),
		actors: merge(story.actors, details.actors),
		sources: merge(story.sources, details.sources)
	};
}
