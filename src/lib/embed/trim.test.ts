import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import type { ResolvedStory } from '$lib/story/resolve';
import type { Provenance } from '$lib/story/schema';
import { cardDetails, isBare, storyForView, withDetails } from './trim';

const story = stories().get('otsc-minsk-summit')!.resolved;
const cited = (proofs: Provenance[]) =>
	proofs.flatMap((proof) => ('source' in proof ? [proof.source] : []));
/** What the marks, the map and the footer read of an event and of the story. */
const shown = (s: ResolvedStory) => ({
	events: s.events.map((e) => [e.id, e.title, e.date, e.when, e.category, e.places, e.origin]),
	title: s.title,
	agency: s.agency?.name,
	outlet: s.outlet?.name,
	publishedWhen: s.publishedWhen,
	organisation: s.organisation
});

describe('storyForView', () => {
	it.each(['map', 'timeline', 'explorer'] as const)(
		'keeps for the %s what its marks and footer show, and no event details',
		(view) => {
			const trimmed = storyForView(story, view);
			expect(shown(trimmed)).toEqual(shown(story));
			expect(trimmed.events.every(isBare)).toBe(true);
			expect(trimmed.actors.map((a) => a.id)).toEqual([story.organisation.actor]);
			expect(trimmed.editorialNotes).toEqual([]);
			// Places keep their names and coordinates, not their proof.
			for (const place of trimmed.places) {
				const original = story.places.find((p) => p.id === place.id)!;
				expect(place.name).toEqual(original.name);
				if (place.kind !== 'country') expect(place.provenance).toEqual([]);
			}
			for (const id of story.events.flatMap((e) => e.places))
				expect(trimmed.places.some((place) => place.id === id)).toBe(true);
		}
	);

	it('gives the timeline no membership and no source', () => {
		const trimmed = storyForView(story, 'timeline');
		expect(trimmed.memberships).toEqual([]);
		expect(trimmed.attendance).toEqual([]);
		expect(trimmed.sources).toEqual([]);
	});

	it.each(['map', 'explorer'] as const)(
		'gives the %s memberships and attendance with their proof and sources',
		(view) => {
			const trimmed = storyForView(story, view);
			expect(trimmed.memberships).toEqual(story.memberships);
			expect(trimmed.attendance).toEqual(story.attendance);
			const kept = new Set(trimmed.sources.map((source) => source.id));
			for (const fact of [...story.memberships, ...story.attendance])
				for (const id of cited([...fact.provenance, ...fact.notes.flatMap((n) => n.provenance)]))
					expect(kept.has(id)).toBe(true);
		}
	);
});

describe('cardDetails and withDetails', () => {
	const details = cardDetails(story);

	it('carry every event’s summary, proof, notes and actors, and only the sources they cite', () => {
		for (const event of story.events) {
			const { summary, provenance, notes, actors } = event;
			expect(details.events[event.id]).toEqual({ summary, provenance, notes, actors });
		}
		const needed = new Set([
			...story.events.flatMap((e) =>
				cited([...e.provenance, ...e.notes.flatMap((n) => n.provenance)])
			),
			...details.actors.flatMap((a) =>
				a.kind === 'person' && a.correction ? cited(a.correction.provenance) : []
			)
		]);
		expect(new Set(details.sources.map((s) => s.id))).toEqual(needed);
		expect(new Set(details.actors.map((a) => a.id))).toEqual(
			new Set(story.events.flatMap((e) => e.actors))
		);
	});

	it.each(['timeline', 'explorer'] as const)(
		'put the %s’s events back as the full story has them',
		(view) => {
			const full = withDetails(storyForView(story, view), details);
			expect(
				full.events.map(({ summary, provenance, notes, actors }) => ({
					summary,
					provenance,
					notes,
					actors
				}))
			).toEqual(
				story.events.map(({ summary, provenance, notes, actors }) => ({
					summary,
					provenance,
					notes,
					actors
				}))
			);
			expect(full.events.some(isBare)).toBe(false);
			// Every actor and source a card names can be found, and none twice.
			const actorIds = full.actors.map((a) => a.id);
			const sourceIds = full.sources.map((s) => s.id);
			expect(new Set(actorIds).size).toBe(actorIds.length);
			expect(new Set(sourceIds).size).toBe(sourceIds.length);
			for (const event of full.events) {
				for (const id of event.actors) expect(actorIds).toContain(id);
				for (const id of cited([...event.provenance, ...event.notes.flatMap((n) => n.provenance)]))
					expect(sourceIds).toContain(id);
			}
		}
	);
});
