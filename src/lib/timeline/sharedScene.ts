/**
 * One scene per frame for both layers of a dense view. The canvas and the SVG's share take
 * their primitives from the same scene, made once for each input: a view coming to rest
 * (the SVG takes its links back, the canvas leaves them out, the SVG's share grows frame
 * after frame) makes no scene again, and the SVG's links keep the same primitives, which
 * Svelte then leaves as they are. Loaded with the canvas layer.
 */
import type { Frame } from './frame';
import { timelineScene, type Primitive, type SceneInput } from './scene';

/** What a scene is made from: the same values (by identity) make the same scene. */
const MADE_FROM = [
	'index',
	'width',
	'height',
	'x',
	'selectedKey',
	'selectedCount',
	'dimmed',
	'labelText',
	'laneTitle',
	'formatCount'
] as const satisfies readonly (keyof SceneInput)[];
/** Fails to compile when the input gains a field that the list above leaves out. */
type Unlisted = Exclude<keyof SceneInput, 'frame' | (typeof MADE_FROM)[number]>;
const everyField: [Unlisted] extends [never] ? true : Unlisted = true;
void everyField;

/** By frame: the input its scene was made from, and the scene. */
const made = new WeakMap<Frame, { input: SceneInput; scene: Primitive[] }>();

/** The whole scene of `input` (every part), made again only when the input differs. */
export function sharedScene(input: SceneInput): Primitive[] {
	const known = made.get(input.frame);
	if (known && MADE_FROM.every((key) => known.input[key] === input[key])) return known.scene;
	const scene = timelineScene(input);
	made.set(input.frame, { input, scene });
	return scene;
}
