/**
 * The bundled stories, read from `data/stories/<id>/` at build time and validated. An
 * invalid story stops the build with every problem listed: no site is made from bad data.
 * With CHRONOMAP_FIXTURES=1 (`npm run build:fixtures`), the stories of `tests/fixtures/site/`
 * are built instead, into a site of their own that the browser tests hold to hostile text.
 */
import { formatProblem, validateStory } from '$lib/story/validate';
import { resolveStory, type ResolvedStory } from '$lib/story/resolve';
import type { Story } from '$lib/story/schema';

const yamlFiles = import.meta.glob<string>(
	['/data/stories/*/story.yaml', '/tests/fixtures/site/*/story.yaml'],
	{ query: '?raw', import: 'default', eager: true }
);
const sourceFiles = import.meta.glob<string>(
	['/data/stories/*/source.txt', '/tests/fixtures/site/*/source.txt'],
	{ query: '?raw', import: 'default', eager: true }
);
const ROOT = process.env.CHRONOMAP_FIXTURES === '1' ? '/tests/fixtures/site/' : '/data/stories/';
const fromRoot = (files: Record<string, string>) =>
	Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(ROOT)));

export interface StoryBundle {
	story: Story;
	resolved: ResolvedStory;
	sourceText: string;
}

/**
 * Validate and resolve stories from their files, keyed by path (`/data/stories/<id>/story.yaml`
 * and `…/source.txt`). Throws one error listing every problem of every story.
 */
export function loadStoryFiles(
	yamlFiles: Record<string, string>,
	sourceFiles: Record<string, string>
): Map<string, StoryBundle> {
	const bundles = new Map<string, StoryBundle>();
	const problems: string[] = [];
	for (const [path, yamlText] of Object.entries(yamlFiles)) {
		const folder = path.slice(0, -'story.yaml'.length);
		const sourceText = sourceFiles[`${folder}source.txt`];
		const file = path.slice(1);
		if (sourceText === undefined) {
			problems.push(`${folder.slice(1)}source.txt is missing`);
			continue;
		}
		const result = validateStory(file, yamlText, sourceText);
		if (!result.ok) {
			problems.push(...result.problems.map(formatProblem));
			continue;
		}
		const folderId = folder.split('/').at(-2);
		if (result.story.id !== folderId) {
			problems.push(`${file} id "${result.story.id}" must match its folder name "${folderId}"`);
			continue;
		}
		bundles.set(result.story.id, {
			story: result.story,
			resolved: resolveStory(result.story),
			sourceText
		});
	}
	if (problems.length > 0) {
		throw new Error(`Invalid story data (run npm run check:data):\n${problems.join('\n')}`);
	}
	return bundles;
}

let cache: Map<string, StoryBundle> | undefined;

export function stories(): Map<string, StoryBundle> {
	cache ??= loadStoryFiles(fromRoot(yamlFiles), fromRoot(sourceFiles));
	return cache;
}

export function storyById(id: string): StoryBundle | undefined {
	return stories().get(id);
}
