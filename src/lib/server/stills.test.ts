import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STILL_IMAGES, viewTitle } from '$lib/embed/views';
import { still } from './stills';
import { loadStoryFiles } from './stories';

const fixture = (name: string) =>
	readFileSync(new URL(`../story/fixtures/minimal/${name}`, import.meta.url), 'utf8');
const story = loadStoryFiles(
	{ '/data/stories/minimal/story.yaml': fixture('story.yaml') },
	{ '/data/stories/minimal/source.txt': fixture('source.txt') }
).get('minimal')!.resolved;

describe('still images in the reader’s language', () => {
	it.each(
		STILL_IMAGES.flatMap((image) => (['fr', 'en'] as const).map((lang) => ({ image, lang })))
	)('$image in $lang carries that language’s words only', ({ image, lang }) => {
		const other = lang === 'fr' ? 'en' : 'fr';
		const { svg } = still(story, image, lang);
		const views = image === 'explorer' ? (['map', 'timeline'] as const) : [image];
		for (const view of views) {
			expect(svg).toContain(viewTitle(view, lang));
			expect(svg).not.toContain(viewTitle(view, other));
		}
	});

	it('defaults to the story’s own language', () => {
		expect(still(story, 'map').svg).toBe(
			still(story, 'map', story.language === 'en' ? 'en' : 'fr').svg
		);
	});
});
