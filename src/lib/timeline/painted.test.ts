import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { still } from '$lib/server/stills';
import { loadStoryFiles } from '$lib/server/stories';
import { indexStory } from '$lib/story/lookup';
import Timeline from './Timeline.svelte';
import { defaultWindow } from './view';

const fixture = (name: string) =>
	readFileSync(new URL(`../story/fixtures/minimal/${name}`, import.meta.url), 'utf8');
const story = loadStoryFiles(
	{ '/data/stories/minimal/story.yaml': fixture('story.yaml') },
	{ '/data/stories/minimal/source.txt': fixture('source.txt') }
).get('minimal')!.resolved;

/** The page's timeline SVG, prerendered as the still image draws it: same window, same width. */
function pageSvg(): string {
	const { body } = render(Timeline, {
		props: {
			story,
			index: indexStory(story),
			language: 'fr',
			initialWindow: defaultWindow(story),
			initialWidth: 776
		}
	});
	const svg = /<svg[\s\S]*?<\/svg>/.exec(body)![0];
	// Svelte's hydration markers and scoped class names are not the painting.
	return svg
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?\b_[0-9a-zA-Z]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/></g, '>\n<');
}

const all = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].map((match) => match[1]);

describe('the timeline painted', () => {
	it('holds still on the page', () => {
		expect(pageSvg()).toMatchSnapshot();
	});

	it('holds still in the image', () => {
		expect(still(story, 'timeline', 'fr').svg).toMatchSnapshot();
	});

	it('draws the same marks, labels and counts on the page and in the image', () => {
		const page = pageSvg();
		const image = still(story, 'timeline', 'fr').svg;
		const paths = /<path d="([^"]+)"/g;
		expect(all(page, paths).length).toBeGreaterThanOrEqual(2);
		expect(all(image, paths)).toEqual(all(page, paths));
		// Every label and number, in the same order (the image writes lane titles in capitals).
		const texts = /<text[^>]*>([^<]*)<\/text>/g;
		const words = (svg: string) =>
			all(svg, texts)
				.filter((text) => text?.trim())
				.map((text) => text!.toLocaleUpperCase('fr'));
		expect(words(image)).toEqual(expect.arrayContaining(words(page)));
	});
});
