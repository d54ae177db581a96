/** For the timeline's tests: a scene's input from a synthetic story. */
import { syntheticStory } from '$lib/story/synthetic';
import { eventView } from './events';
import { frameTimeline, lanePositions } from './frame';
import { buildTimelineIndex } from './model';
import { timeScale } from './scale';
import { countFormat, type SceneInput } from './scene';
import { paddedWindow } from './view';

/** A frame of `count` synthetic events, all in view: dense enough for marks, labels, counts. */
export function sceneInput(count: number, changes: Partial<SceneInput> = {}): SceneInput {
	const story = syntheticStory(count, { seed: 7, years: [2000, 2003] });
	const index = buildTimelineIndex(story.events, 'fr');
	const width = 720;
	const positions = lanePositions(index);
	const scale = timeScale(paddedWindow(index.extent), [0, width]);
	const events = eventView(index);
	return {
		frame: frameTimeline(index, positions.lanes, scale, width, 'fr'),
		index,
		width,
		height: positions.height,
		x: scale,
		selectedKey: -1,
		labelText: events.labelText,
		formatCount: countFormat('fr'),
		...changes
	};
}
