import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStoryFiles, type PickedFile } from './open';

const dir = new URL('../story/fixtures/minimal/', import.meta.url);
const bytes = (text: string) => new TextEncoder().encode(text);
const storyYaml: PickedFile = {
	name: 'story.yaml',
	bytes: readFileSync(new URL('story.yaml', dir))
};
const sourceTxt: PickedFile = {
	name: 'source.txt',
	bytes: readFileSync(new URL('source.txt', dir))
};

describe('opening a story folder', () => {
	it('opens story.yaml with its source.txt', () => {
		const opened = openStoryFiles([storyYaml, sourceTxt]);
		expect(opened.ok).toBe(true);
		if (opened.ok) expect(opened.work.story.id).toBe('minimal');
	});

	it('opens a story whose facts are wrong, to be fixed in the studio', () => {
		const wrong = { name: 'source.txt', bytes: bytes('Un autre texte.') };
		expect(openStoryFiles([storyYaml, wrong]).ok).toBe(true);
	});

	it.each<[string, PickedFile[], RegExp]>([
		['story.yaml alone', [storyYaml], /source\.txt is missing/],
		['source.txt alone', [sourceTxt], /story\.yaml is missing/],
		[
			'a foreign YAML file',
			[{ name: 'story.yaml', bytes: bytes('name: my-app\nversion: 2\n') }, sourceTxt],
			/^story\.yaml:1:1 id \[schema\] is required/
		],
		[
			'a list, not a story',
			[{ name: 'story.yaml', bytes: bytes('- a\n- b\n') }, sourceTxt],
			/story\.yaml.*\[schema\] expected a mapping/
		],
		[
			'broken YAML',
			[{ name: 'story.yaml', bytes: bytes('id: [unclosed\n') }, sourceTxt],
			/story\.yaml:\d+:\d+ \(root\) \[yaml\]/
		],
		[
			'a UTF-16 source',
			[storyYaml, { name: 'source.txt', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]) }],
			/source\.txt \(root\) \[encoding\] not UTF-8/
		],
		[
			'an empty story file',
			[{ name: 'story.yaml', bytes: new Uint8Array() }, sourceTxt],
			/story\.yaml \(root\) \[empty\]/
		],
		[
			'a stray file',
			[storyYaml, sourceTxt, { name: 'photo.jpg', bytes: bytes('x') }],
			/photo\.jpg: not part of a story folder/
		]
	])('refuses %s, naming the file and the problem', (_, files, message) => {
		const opened = openStoryFiles(files);
		expect(opened.ok).toBe(false);
		if (!opened.ok)
			expect(
				opened.problems.some((p) => message.test(p)),
				opened.problems.join('\n')
			).toBe(true);
	});
});
