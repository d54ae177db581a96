import { describe, expect, it } from 'vitest';
import { NO_KEYS, sameOr } from './layering';
import { timelineScene, type SceneInput } from './scene';
import { sharedScene } from './sharedScene';
import { svgShare } from './share';
import { sceneInput } from './test-helpers';

const input = () => sceneInput(300);

describe('sharedScene', () => {
	it('is the whole scene of its input', () => {
		const made = input();
		expect(sharedScene(made)).toEqual(timelineScene(made));
	});

	it('gives the same primitives to a copy of the same input, as the canvas gets one', () => {
		const made = input();
		const first = sharedScene(made);
		expect(sharedScene({ ...made })).toBe(first);
		expect(sharedScene({ ...made, ...{ dpr: 2, marks: true } })).toBe(first);
	});

	const key = sharedScene(input()).find((item) => item.kind === 'mark')!;
	it.each<[string, (made: SceneInput) => Partial<SceneInput>]>([
		['another frame', (made) => ({ frame: { ...made.frame } })],
		['another width', (made) => ({ width: made.width - 1 })],
		['another selection', () => ({ selectedKey: key.kind === 'mark' ? key.key : 0 })],
		['other events set back', () => ({ dimmed: () => true })],
		['other label texts', () => ({ labelText: () => 'x' })],
		['another count format', () => ({ formatCount: String })]
	])('makes a new scene for %s', (_, change) => {
		const made = input();
		const first = sharedScene(made);
		const changed = { ...made, ...change(made) };
		const again = sharedScene(changed);
		expect(again).not.toBe(first);
		expect(again).toEqual(timelineScene(changed));
	});

	it('lets the SVG take its share of it: the same marks, as the scene made them', () => {
		const made = input();
		const scene = sharedScene(made);
		const marks = scene.filter((item) => item.kind === 'mark');
		const keys = new Set(marks.slice(0, 5).map((mark) => mark.key));
		const share = svgShare(made, true, keys, { laneInView: () => '' }, scene);
		const held = share.lanes.flatMap((lane) => lane.marks);
		expect(held.map((mark) => mark.key).sort()).toEqual([...keys].sort());
		for (const mark of held) expect(marks).toContain(mark);
		expect(share.lanes.every((lane) => lane.counts.length === 0)).toBe(true);
		expect(svgShare(made, false, NO_KEYS, { laneInView: () => '' }, scene)).toEqual(
			svgShare(made, false, NO_KEYS, { laneInView: () => '' })
		);
	});
});

describe('sameOr', () => {
	const before = new Set([1, 2, 3]);
	it.each<[string, number[], boolean]>([
		['the same keys', [3, 2, 1], true],
		['a key more', [1, 2, 3, 4], false],
		['a key less', [1, 2], false],
		['another key', [1, 2, 4], false],
		['no keys', [], false]
	])('%s (%j): keeps the set it had: %s', (_, keys, kept) => {
		const now = new Set(keys);
		expect(sameOr(before, now)).toBe(kept ? before : now);
	});

	it('keeps no keys as no keys', () => {
		expect(sameOr(NO_KEYS, new Set())).toBe(NO_KEYS);
	});
});
