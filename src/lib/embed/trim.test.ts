import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import type { Provenance } from '$lib/story/schema';
import { storyForView } from './trim';

const story = stories().get('otsc-minsk-summit')!.resolved;
const cited = (proofs: Provenance[]) =>
	proofs.flatMap((proof) => ('source' in proof ? [proof.source] : []));

describe('storyForView', () => {
	it('gives the timeline every event in full, and only the sources they cite', () => {
		const trimmed = storyForView(story, 'timeline');
		expect(trimmed.events).toEqual(story.events);
		expect(trimmed.memberships).toEqual([]);
		const kept = new Set(trimmed.sources.map((source) => source.id));
		const needed = new Set([
			...story.events.flatMap((e) =>
				cited([...e.provenance, ...e.notes.flatMap((n) => n.provenance)])
			),
			...trimmed.actors.flatMap((a) =>
				a.kind === 'person' && a.correction ? cited(a.correction.provenance) : []
			)
		]);
		expect(kept).toEqual(needed);
		for (const id of story.events.flatMap((e) => e.places))
			expect(trimmed.places.some((place) => place.id === id)).toBe(true);
	});

	it('gives the map memberships and attendance with their proof, events without summaries', () => {
		const trimmed = storyForView(story, 'map');
		expect(trimmed.memberships).toEqual(story.memberships);
		expect(trimmed.attendance).toEqual(story.attendance);
		expect(trimmed.places).toEqual(story.places);
		expect(trimmed.events.map((e) => [e.id, e.title, e.when])).toEqual(
			story.events.map((e) => [e.id, e.title, e.when])
		);
		expect(trimmed.events.every((e) => e.provenance.length === 0 && !e.summary.fr)).toBe(true);
		const kept = new Set(trimmed.sources.map((source) => source.id));
		for (const fact of [...story.memberships, ...story.attendance])
			for (const id of cited(fact.provenance)) expect(kept.has(id)).toBe(true);
	});
});
