/**
 * What the studio publishes: the story folder as a zip a journalist downloads
 * (`<id>/story.yaml` and `<id>/source.txt`, the layout of `data/stories/`, so that unzipping
 * it there adds the story), and its events as CSV.
 */
import { strToU8, zipSync } from 'fflate';
import { eventsCsv } from '../../story/csv';
import { resolveStory } from '../../story/resolve';
import type { Story } from '../../story/schema';

export function storyZip(storyYaml: string, sourceText: string, id: string): Uint8Array {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
		throw new Error(`id "${id}" must be lower-case letters, digits and hyphens`);
	// A fixed time, so that the same story always zips to the same bytes.
	const mtime = new Date(Date.UTC(2000, 0, 1));
	return zipSync(
		{
			[`${id}/story.yaml`]: [strToU8(storyYaml), { mtime }],
			[`${id}/source.txt`]: [strToU8(sourceText), { mtime }]
		},
		{ level: 9 }
	);
}

/** A story's events as the CSV the story page offers for download (`src/lib/story/csv.ts`). */
export function storyEventsCsv(story: Story): string {
	return eventsCsv(resolveStory(story));
}
