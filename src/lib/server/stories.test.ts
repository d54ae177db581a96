import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryFiles } from './stories';

const fixture = (name: string) =>
	readFileSync(new URL(`../story/fixtures/minimal/${name}`, import.meta.url), 'utf8');
const yaml = fixture('story.yaml');
const source = fixture('source.txt');

describe('loadStoryFiles (what the build runs)', () => {
	it('loads a valid story, keyed by id, with its events in time order', () => {
		const bundles = loadStoryFiles(
			{ '/data/stories/minimal/story.yaml': yaml },
			{ '/data/stories/minimal/source.txt': source }
		);
		const resolved = bundles.get('minimal')?.resolved;
		expect(resolved?.events.map((e) => e.id)).toEqual(['speech', 'summit']);
		expect(resolved?.events.map((e) => e.origin)).toEqual(['article', 'article']);
	});

	it.each([
		{
			case: 'a quote that is not in the source',
			files: { yaml: yaml.replace('« Nous devons avancer »', '« Nous devons reculer »'), source },
			message:
				'data/stories/minimal/story.yaml:58:16 events[1].provenance[0].quote [quote-verbatim]'
		},
		{
			case: 'a missing source text',
			files: { yaml, source: undefined },
			message:
				'data/stories/minimal/source.txt (root) [file] missing: a story folder needs story.yaml and source.txt'
		},
		{
			case: 'an id that does not match the folder',
			files: { yaml: yaml.replace('id: minimal', 'id: other'), source },
			message:
				'data/stories/minimal/story.yaml:2:5 id [folder-name] id "other" must match its folder name "minimal"'
		}
	])('refuses to build from $case', ({ files, message }) => {
		const sources: Record<string, string> =
			files.source === undefined ? {} : { '/data/stories/minimal/source.txt': files.source };
		expect(() =>
			loadStoryFiles({ '/data/stories/minimal/story.yaml': files.yaml }, sources)
		).toThrowError(message);
	});
});
