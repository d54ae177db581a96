import { describe, expect, it } from 'vitest';
import { articleRuns, quoteBetween } from './article';
import type { StoryInput } from './work';

const SOURCE =
	'Titre\n\nLe sommet s’est tenu à Minsk ce jeudi.\n\n« Nous devons avancer », a-t-il dit.\n';
const story = {
	events: [
		{ id: 'summit', provenance: [{ quote: 'à Minsk ce jeudi' }], review: 'draft' },
		{ id: 'speech', provenance: [{ quote: '« Nous devons avancer »' }, { source: 'x' }] }
	]
} as unknown as StoryInput;

describe('the article as the review pane shows it', () => {
	it('cuts paragraphs into runs that know their offsets and facts', () => {
		const runs = articleRuns(SOURCE, story);
		expect(runs.map((p) => p.map((r) => [r.text, r.facts, r.draft]))).toEqual([
			[['Titre', [], false]],
			[
				['Le sommet s’est tenu ', [], false],
				['à Minsk ce jeudi', ['summit'], true],
				['.', [], false]
			],
			[
				['« Nous devons avancer »', ['speech'], false],
				[', a-t-il dit.\n', [], false]
			]
		]);
		// Every run's offset points at its own text in the source.
		for (const run of runs.flat())
			expect(SOURCE.slice(run.start, run.start + run.text.length)).toBe(run.text);
	});

	it.each<[number, number, string | undefined]>([
		[7, 16, 'Le sommet'],
		[16, 7, 'Le sommet'],
		[5, 9, 'Le'],
		[5, 7, undefined],
		[-3, 5, 'Titre']
	])('the quote from %i to %i is %j, cut from the source', (a, b, quote) => {
		expect(quoteBetween(SOURCE, a, b)).toBe(quote);
	});
});
