/** Shared by the interop tests: the shipped TimelineJS examples, and an import checked and compared. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseEdtf } from '../../story/dates';
import type { Story } from '../../story/schema';
import { validateStory } from '../../story/validate';
import { storyYaml, type Imported } from './draft';

const TIMELINEJS = new URL('../../../../node_modules/@knight-lab/timelinejs/src/', import.meta.url);
export const timelineJsFile = (path: string) => readFileSync(new URL(path, TIMELINEJS), 'utf8');

export const PUBLISHED = '2026-12-04';

/** The imported story as the validator builds it; fails the test when the import did not work. */
export function accepted(result: Imported): {
	story: Story;
	sourceText: string;
	warnings: string[];
} {
	if (!result.ok) expect.fail(`import failed:\n${result.problems.join('\n')}`);
	const yaml = storyYaml(result.story);
	const checked = validateStory('story.yaml', yaml, result.sourceText);
	expect(checked.problems).toEqual([]);
	return { story: checked.story!, sourceText: result.sourceText, warnings: result.warnings };
}

/** What a round trip must keep of an event. */
export function essentials(story: Story) {
	const urls = new Map(story.sources.map((s) => [s.id, s.url]));
	return story.events.map((event) => {
		const range = parseEdtf(event.date.edtf);
		return {
			id: event.id,
			title: event.title[story.language],
			edtf: event.date.edtf,
			start: range.start,
			end: range.end,
			precision: range.precision,
			category: event.category,
			group: event.group,
			media: event.notes.flatMap((note) =>
				note.provenance.flatMap((p) => ('source' in p ? [urls.get(p.source)] : []))
			)
		};
	});
}
