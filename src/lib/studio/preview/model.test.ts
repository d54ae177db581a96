import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mapGeometry } from '$lib/server/map-geometry';
import { loadStories } from '$lib/server/stories';
import { worldGeometry } from '$lib/server/world-geometry';
import type { ResolvedStory } from '$lib/story/resolve';
import { checkWork } from '../check';
import { edit, type Change, type StoryInput, type Work } from '../work';
import { mapKey, previewMap, previewOutput, storyPreview } from './model';

const dir = new URL('../../story/fixtures/minimal/', import.meta.url);
const base: Work = {
	story: parse(readFileSync(new URL('story.yaml', dir), 'utf8')) as StoryInput,
	source: readFileSync(new URL('source.txt', dir), 'utf8')
};
/** The minimal story with its second event drafted. */
const drafted: Work = {
	...base,
	story: {
		...base.story,
		events: base.story.events.map((e, i) => (i === 1 ? { ...e, review: 'draft' } : e))
	}
};

const byId = (story: ResolvedStory, id: string) => story.events.find((e) => e.id === id)!;

function previewAfter(changes: Change[], language = 'fr') {
	const work = changes.reduce(edit, drafted);
	return storyPreview(checkWork(work), language);
}

function shown(changes: Change[], language = 'fr') {
	const preview = previewAfter(changes, language);
	if (preview.kind !== 'story') throw new Error(`No story: ${JSON.stringify(preview.problems)}`);
	return preview;
}

describe('the studio work as the story page shows it', () => {
	it.each<[string, Change[], string, (story: ResolvedStory) => unknown, unknown]>([
		[
			'every event, in the page’s order (a whole day before its morning)',
			[],
			'fr',
			(s) => s.events.map((e) => e.id),
			['speech', 'summit']
		],
		[
			'texts in the reading language alone, as the page has them',
			[],
			'en',
			(s) => byId(s, 'summit').title,
			{ en: 'The summit' }
		],
		['a draft stays marked as one', [], 'fr', (s) => byId(s, 'speech').review, 'draft'],
		[
			'an accepted fact is no longer a draft',
			[{ type: 'accept', list: 'events', index: 1 }],
			'fr',
			(s) => byId(s, 'speech-2023').review,
			undefined
		],
		[
			'a rejected fact is gone',
			[{ type: 'reject', list: 'events', index: 1 }],
			'fr',
			(s) => s.events.map((e) => e.id),
			['summit']
		],
		[
			'an edited fact shows its new title',
			[
				{
					type: 'edit-event',
					id: 'speech',
					event: { ...drafted.story.events[1]!, title: { fr: 'Un discours', en: 'A speech' } }
				}
			],
			'fr',
			(s) => s.events.find((e) => e.id === 'speech')!.title,
			{ fr: 'Un discours' }
		],
		[
			'dates resolved as the page resolves them',
			[],
			'fr',
			(s) => new Date(byId(s, 'summit').when.start).toISOString().slice(0, 10),
			'2023-11-23'
		],
		[
			'a membership’s new start',
			[
				{
					type: 'set-membership',
					index: 0,
					membership: { ...drafted.story.memberships![0]!, from: '1994-04-20' }
				}
			],
			'fr',
			(s) => s.memberships[0]!.start,
			Date.UTC(1994, 3, 20)
		]
	])('%s', (_, changes, language, pick, expected) => {
		expect(pick(shown(changes, language).story)).toEqual(expected);
	});

	it.each<[string, Change[], number]>([
		['one draft left', [], 1],
		['none once accepted', [{ type: 'accept', list: 'events', index: 1 }], 0]
	])('counts the drafts: %s', (_, changes, drafts) => {
		expect(shown(changes).drafts).toBe(drafts);
	});

	it.each<[string, StoryInput, string]>([
		[
			'a quote not in the article',
			{
				...drafted.story,
				events: drafted.story.events.map((e, i) =>
					i === 1 ? { ...e, provenance: [{ quote: 'une phrase inventée' }] } : e
				)
			},
			'events[1].provenance[0].quote'
		],
		['no event at all', { ...drafted.story, events: [] }, 'events']
	])('says what stops the preview: %s', (_, story, path) => {
		const preview = storyPreview(checkWork({ ...drafted, story }), 'fr');
		expect(preview.kind).toBe('problems');
		if (preview.kind === 'problems') expect(preview.problems.map((p) => p.path)).toContain(path);
	});
});

describe('the preview map from the world’s shapes', () => {
	const world = worldGeometry().topology;
	const bundled = loadStories().get('otsc-minsk-summit')!.resolved;
	const country = (iso3: string) =>
		({
			kind: 'country',
			id: iso3.toLowerCase(),
			iso3,
			name: { en: iso3 }
		}) as ResolvedStory['places'][number];

	it('frames the bundled story where its page does', () => {
		const map = previewMap(world, bundled);
		expect(map.kind).toBe('map');
		if (map.kind !== 'map') return;
		const page = mapGeometry(bundled).frame;
		map.frame.forEach((edge, i) => expect(Math.abs(edge - page[i]!)).toBeLessThan(1.5));
		expect(map.unknown).toEqual([]);
		// Armenia, absent from the summit, gets the page's inset.
		expect(map.inset).toBeDefined();
	});

	it.each<[string, Partial<ResolvedStory>, string, string[]]>([
		['no state at all', { memberships: [], attendance: [], places: [] }, 'no-states', []],
		[
			'only a state as a place: framed on it',
			{ memberships: [], attendance: [], places: [country('CHL')] },
			'map',
			[]
		],
		[
			'a code with no shape is named',
			{ memberships: [], attendance: [], places: [country('ZZZ')] },
			'no-states',
			['ZZZ']
		]
	])('%s', (_, change, kind, unknown) => {
		const map = previewMap(world, { ...bundled, ...change });
		expect(map.kind).toBe(kind);
		expect(map.unknown).toEqual(unknown);
	});

	it('frames a state alone around its own shape', () => {
		const map = previewMap(world, {
			...bundled,
			memberships: [],
			attendance: [],
			places: [country('CHL')]
		});
		if (map.kind !== 'map') throw new Error('no map');
		const [west, south, east, north] = map.frame;
		// Santiago de Chile: -70.7, -33.4.
		expect(west).toBeLessThan(-70.7);
		expect(east).toBeGreaterThan(-70.7);
		expect(south).toBeLessThan(-33.4);
		expect(north).toBeGreaterThan(-33.4);
	});

	it.each<[string, Partial<ResolvedStory>, boolean]>([
		['the same story', {}, true],
		[
			'a status changed',
			{
				attendance: bundled.attendance.map((a) =>
					a.status === 'absent' ? { ...a, status: 'present' } : a
				)
			},
			true
		],
		['a state gone', { memberships: bundled.memberships.slice(1) }, false],
		[
			'an event’s places dropped',
			{ events: bundled.events.map((e) => ({ ...e, places: [] })) },
			false
		]
	])('keeps the drawn map when only statuses change: %s', (_, change, same) => {
		const changed = { ...bundled, ...change };
		const before = mapKey(previewMap(world, bundled), bundled);
		expect(mapKey(previewMap(world, changed), changed) === before).toBe(same);
	});

	it.each<[string, boolean, string | undefined]>([
		['with the shapes: the story and its map', true, 'map'],
		['before the shapes: the story alone', false, undefined]
	])('answers the preview worker %s', (_, withShapes, mapKind) => {
		const checked = checkWork({
			story: parse(readFileSync('data/stories/otsc-minsk-summit/story.yaml', 'utf8')) as StoryInput,
			source: readFileSync('data/stories/otsc-minsk-summit/source.txt', 'utf8')
		});
		const output = previewOutput(checked, 'en', withShapes ? world : undefined);
		expect(output.preview.kind).toBe('story');
		expect(output.map?.kind).toBe(mapKind);
		if (output.map && output.preview.kind === 'story')
			expect(output.map.key).toBe(mapKey(output.map, output.preview.story));
	});
});
