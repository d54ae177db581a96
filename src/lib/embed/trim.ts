/**
 * A story cut down to what one embedded view shows, so that an embed page carries no data it
 * does not use (the timeline needs no membership intervals, the map no event summaries).
 * Everything kept is unchanged; the proof of every fact shown is kept with it.
 */
import type { ResolvedStory } from '$lib/story/resolve';
import type { Note, Provenance } from '$lib/story/schema';
import type { AvailableView } from './views';

function sourceIds(provenance: Provenance[], notes: Note[] = []): string[] {
	return [...provenance, ...notes.flatMap((note) => note.provenance)].flatMap((proof) =>
		'source' in proof ? [proof.source] : []
	);
}

/** The story for the timeline: its events in full, and the places, actors and sources they cite. */
function forTimeline(story: ResolvedStory): ResolvedStory {
	const placeIds = new Set(story.events.flatMap((event) => event.places));
	const actorIds = new Set(story.events.flatMap((event) => event.actors));
	const actors = story.actors.filter((actor) => actorIds.has(actor.id));
	const cited = new Set([
		...story.events.flatMap((event) => sourceIds(event.provenance, event.notes)),
		...actors.flatMap((actor) =>
			actor.kind === 'person' && actor.correction ? sourceIds([], [actor.correction]) : []
		)
	]);
	return {
		...story,
		editorialNotes: [],
		furniture: [],
		memberships: [],
		attendance: [],
		places: story.places.filter((place) => placeIds.has(place.id)),
		actors,
		sources: story.sources.filter((source) => cited.has(source.id))
	};
}

/**
 * The story for the map: memberships and attendance with their proof, the places, and the
 * events as the state panel lists them (title, date, places), without summaries or proof.
 */
function forMap(story: ResolvedStory): ResolvedStory {
	const cited = new Set([
		...story.memberships.flatMap((m) => sourceIds(m.provenance, m.notes)),
		...story.attendance.flatMap((a) => sourceIds(a.provenance, a.notes))
	]);
	return {
		...story,
		editorialNotes: [],
		furniture: [],
		actors: story.actors.filter((actor) => actor.id === story.organisation.actor),
		events: story.events.map((event) => ({
			...event,
			summary: {},
			provenance: [],
			notes: [],
			actors: []
		})),
		sources: story.sources.filter((source) => cited.has(source.id))
	};
}

export function storyForView(story: ResolvedStory, view: AvailableView): ResolvedStory {
	return view === 'map' ? forMap(story) : forTimeline(story);
}
