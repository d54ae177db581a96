import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../story/validate';
import { compare, comparisonTable } from './compare';
import { ingest } from './index';

const FOLDER = 'data/stories/otsc-minsk-summit';
const PUBLISHED = '2023-11-23';

// The curated story is read at test time: as it is fact-checked, the comparison follows.
describe('the draft of the bundled article, against the curated story', () => {
	const source = readFileSync(`${FOLDER}/source.txt`, 'utf8');
	const curated = validateStory('story.yaml', readFileSync(`${FOLDER}/story.yaml`, 'utf8'), source);
	if (!curated.ok) throw new Error('the curated story does not validate');
	const draft = ingest({ text: source, published: PUBLISHED });
	const result = compare(curated.story, draft.story, source, PUBLISHED, 'fr');
	console.log(comparisonTable(result));

	it.each(['events', 'states', 'attendance'] as const)(
		'finds at least nine in ten of the %s',
		(name) => {
			expect(result[name].expected).toBeGreaterThan(0);
			expect(result[name].recall).toBeGreaterThanOrEqual(0.9);
		}
	);
	it.each(['events', 'states', 'attendance', 'people', 'quotes'] as const)(
		'drafts %s at least nine times in ten right',
		(name) => {
			expect(result[name].drafted).toBeGreaterThan(0);
			expect(result[name].precision).toBeGreaterThanOrEqual(0.9);
		}
	);
	it('quotes only the article’s own words', () => {
		expect(result.nonVerbatimQuotes).toEqual([]);
	});
	it('gives no date the text does not give', () => {
		expect(result.datesNotInText).toEqual([]);
	});
});
