/**
 * Live validation: the studio's story checked by the validator `check:data` runs, on its
 * YAML as it would be written, with its source text. Problems are then sorted to the entry
 * they concern (`events[3].date.edtf` belongs to the fourth event), so each is shown beside it.
 */
import { stringify } from 'yaml';
import type { Story } from '../story/schema';
import { validateStory, type Problem } from '../story/validate';
import { draftCount, type StoryInput, type Work } from './work';

export const STORY_FILE = 'story.yaml';

export interface Checked {
	yaml: string;
	problems: Problem[];
	warnings: Problem[];
	drafts: number;
	/** The story as the validator built it (defaults filled in), when it has no problem. */
	story?: Story;
}

/** The story as `story.yaml`: the `yaml` package's output, every object written out. */
export function storyYaml(story: StoryInput): string {
	return stringify(story, { aliasDuplicateObjects: false, lineWidth: 0 });
}

export function checkWork(work: Work): Checked {
	const yaml = storyYaml(work.story);
	const result = validateStory(STORY_FILE, yaml, work.source);
	return {
		yaml,
		problems: result.problems,
		warnings: result.warnings,
		drafts: draftCount(work.story),
		...(result.ok && { story: result.story })
	};
}

/** The problems at `path` or inside it: `events[3]` holds `events[3].date.edtf`, not `events[30]`. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
	return problems.filter(
		(p) =>
			p.path === path ||
			(p.path.startsWith(path) && (p.path[path.length] === '.' || p.path[path.length] === '['))
	);
}

/** The problems not inside any of `paths`: those the page shows in its summary alone. */
export function problemsElsewhere(
	problems: readonly Problem[],
	paths: readonly string[]
): Problem[] {
	return problems.filter((p) => !paths.some((path) => problemsAt([p], path).length > 0));
}
