/**
 * The bundled stories, read from `data/stories/<id>/` and validated by the same function
 * as `npm run check:data`. An invalid story stops the build with every problem listed: no
 * site is made from bad data.
 */
import { formatProblem, type Problem } from '$lib/story/validate';
import { resolveStory, type ResolvedStory } from '$lib/story/resolve';
import type { Story } from '$lib/story/schema';
import {
	SOURCE_FILE,
	STORY_FILE,
	checkStoryFiles,
	collectResults,
	type CheckedStories,
	type FileRead
} from '$lib/story/story-files';
import { checkStoryRoot, storyRootSignature, STORIES_ROOT } from './story-folder';

/**
 * The test stories instead, for the site `npm run build:fixtures` makes; or the folder
 * `CHRONOMAP_STORIES_DIR` names, for a site built from other stories alone (the publishing
 * test builds what the studio saved). See svelte.config.js for where such a site goes.
 */
const ROOT =
	process.env.CHRONOMAP_STORIES_DIR ||
	(process.env.CHRONOMAP_STORIES === 'fixtures' ? 'tests/fixtures/stories' : STORIES_ROOT);

export interface StoryBundle {
	story: Story;
	resolved: ResolvedStory;
	sourceText: string;
}

/** Resolve the valid stories, or throw one error listing every problem of every story. */
function bundle({ problems, valid }: Pick<CheckedStories, 'problems' | 'valid'>) {
	if (problems.length > 0) throw new StoryDataError(problems);
	return new Map(
		valid.map(({ story, sourceText }) => [
			story.id,
			{ story, resolved: resolveStory(story), sourceText }
		])
	);
}

export class StoryDataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`Invalid story data (run npm run check:data):\n${problems.map(formatProblem).join('\n')}`
		);
		this.name = 'StoryDataError';
	}
}

/** Validate and resolve every story folder under `root`. */
export function loadStories(root: string = ROOT): Map<string, StoryBundle> {
	return bundle(checkStoryRoot(root));
}

/**
 * Validate and resolve stories given as texts keyed by path (`/data/stories/<id>/story.yaml`
 * and `…/source.txt`), as a test has them; checked exactly as files on disk are.
 */
export function loadStoryFiles(
	yamlFiles: Record<string, string>,
	sourceFiles: Record<string, string>
): Map<string, StoryBundle> {
	const encoder = new TextEncoder();
	const read = (text: string | undefined): FileRead =>
		text === undefined ? { kind: 'missing' } : { kind: 'file', bytes: encoder.encode(text) };
	const folders = [...Object.keys(yamlFiles), ...Object.keys(sourceFiles)].map((path) =>
		path.slice(1, path.lastIndexOf('/'))
	);
	const names = [...new Set(folders)].sort();
	const checked = collectResults(
		names.map((folder) =>
			checkStoryFiles({
				folder,
				story: read(yamlFiles[`/${folder}/${STORY_FILE}`]),
				source: read(sourceFiles[`/${folder}/${SOURCE_FILE}`])
			})
		)
	);
	return bundle(checked);
}

let cache: { signature: string; stories: Map<string, StoryBundle> } | undefined;

/**
 * The bundled stories, read again only when a file under data/stories changed (so that a
 * dev server shows an edited story on the next load, as the build would).
 */
export function stories(): Map<string, StoryBundle> {
	const signature = storyRootSignature(ROOT);
	if (cache?.signature !== signature) cache = { signature, stories: loadStories() };
	return cache.stories;
}

export function storyById(id: string): StoryBundle | undefined {
	return stories().get(id);
}
