/**
 * The studio's work as the story page shows it: the story the validator built, resolved and
 * cut to the reading language by the page's own functions (`resolveStory`, `storyInLanguage`),
 * and the world's shapes framed on the draft's states as the page's map is framed on its own
 * (`frameOf`, `insetGeometry`). When the work cannot be shown, what is missing, in data.
 * The studio runs it in a worker (preview.worker.ts): on the main thread, these functions
 * would join the chunks the story page shares with the studio, and weigh on every reader.
 */
import { frameOf, type Box, type MapTopology } from '../../map/bounds';
import { focusStates, insetGeometry, type InsetGeometry } from '../../map/inset';
import { storyInLanguage } from '../../story/localize';
import { selectableStates, statesOf } from '../../story/membership';
import { resolveStory, type ResolvedStory } from '../../story/resolve';
import type { Problem } from '../../story/validate';
import type { Checked } from '../check';

export type StoryPreview =
	/** The story as its page would show it; `drafts`: entries still to review. */
	| { kind: 'story'; story: ResolvedStory; drafts: number }
	/** The validator's problems, which stop the story from being built at all. */
	| { kind: 'problems'; problems: Problem[] };

export function storyPreview(
	checked: Pick<Checked, 'story' | 'problems' | 'drafts'>,
	language: string
): StoryPreview {
	if (!checked.story) return { kind: 'problems', problems: checked.problems };
	return {
		kind: 'story',
		story: storyInLanguage(resolveStory(checked.story), language),
		drafts: checked.drafts
	};
}

export type PreviewMap =
	/** The frame to open on (the world's shapes are drawn whole) and the page's inset. */
	| { kind: 'map'; frame: Box; inset?: InsetGeometry; unknown: string[] }
	/** No state to draw: the story names none, or none that has a shape. */
	| { kind: 'no-states'; unknown: string[] };

/**
 * The preview's map from the world's shapes: framed on the story's members (as the page
 * is), else on every state it names; `unknown`, the states without a shape.
 */
export function previewMap(world: MapTopology, story: ResolvedStory): PreviewMap {
	const shaped = new Set(world.objects.countries.geometries.map((g) => String(g.id)));
	const named = selectableStates(story);
	const unknown = named.filter((state) => !shaped.has(state));
	const members = statesOf(story).filter((state) => shaped.has(state));
	const framed = members.length > 0 ? members : named.filter((state) => shaped.has(state));
	if (framed.length === 0) return { kind: 'no-states', unknown };
	const frame = frameOf(world, framed);
	const focus = focusStates(story).filter((state) => shaped.has(state));
	const inset = insetGeometry(world, frame, focus);
	return { kind: 'map', frame, unknown, ...(inset && { inset }) };
}

/**
 * What the map is drawn from once, on mount: the frame, and the states and places it makes
 * selectable. A new key draws a new map; statuses and names follow without one.
 */
export function mapKey(map: PreviewMap, story: ResolvedStory): string {
	if (map.kind !== 'map') return map.kind;
	return JSON.stringify([
		map.frame,
		map.inset?.box,
		selectableStates(story),
		// The places the events name, as the map's dots (`eventPlaces`) are.
		story.places.flatMap((place) =>
			place.kind !== 'country' && story.events.some((event) => event.places.includes(place.id))
				? [[place.id, place.coordinates.lat, place.coordinates.lon]]
				: []
		)
	]);
}

/** What the preview worker is asked: the checked work, without its YAML. */
export type PreviewInput = Pick<Checked, 'story' | 'problems' | 'drafts'>;

/** What it answers: the story to show and, once the shapes are there, its map. */
export interface PreviewOutput {
	preview: StoryPreview;
	map?: PreviewMap & { key: string };
}

export function previewOutput(
	input: PreviewInput,
	language: string,
	world?: MapTopology
): PreviewOutput {
	const preview = storyPreview(input, language);
	if (preview.kind !== 'story' || !world) return { preview };
	const map = previewMap(world, preview.story);
	return { preview, map: { ...map, key: mapKey(map, preview.story) } };
}
