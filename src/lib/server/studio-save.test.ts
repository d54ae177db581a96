import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveStoryFolder } from './studio-save';

const dir = new URL('../story/fixtures/minimal/', import.meta.url);
const yaml = readFileSync(new URL('story.yaml', dir), 'utf8');
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const root = () => mkdtempSync(join(tmpdir(), 'studio-save-'));

describe('saving a story folder from the studio', () => {
	it('writes story.yaml and source.txt into data/stories/<id>/, and nothing else', () => {
		const at = root();
		const answer = saveStoryFolder(at, { id: 'minimal', yaml, source });
		expect(answer.status).toBe(200);
		expect(readdirSync(at)).toEqual(['minimal']);
		expect(readFileSync(join(at, 'minimal', 'story.yaml'), 'utf8')).toBe(yaml);
		expect(readFileSync(join(at, 'minimal', 'source.txt'), 'utf8')).toBe(source);
	});

	it.each<[string, Record<string, unknown>, number, RegExp]>([
		['an id that is a path', { id: '../etc', yaml, source }, 400, /needs an id/],
		['no YAML', { id: 'minimal', source }, 400, /needs an id/],
		[
			'an id other than the story’s',
			{ id: 'other', yaml, source },
			400,
			/\[folder-name\] id "minimal" must match its folder name "other"/
		],
		[
			'a quote not in the text',
			{ id: 'minimal', yaml, source: 'Autre chose.' },
			400,
			/\[quote-verbatim\]/
		],
		['broken YAML', { id: 'minimal', yaml: 'id: [', source }, 400, /\[yaml\]/]
	])('refuses %s, in words, writing nothing', (_, request, status, message) => {
		const at = root();
		const answer = saveStoryFolder(at, request);
		expect(answer.status).toBe(status);
		expect(
			answer.problems?.some((p) => message.test(p)),
			answer.problems?.join('\n')
		).toBe(true);
		expect(readdirSync(at)).toEqual([]);
	});

	it('refuses to replace a story unless asked, then replaces it whole', () => {
		const at = root();
		mkdirSync(join(at, 'minimal'));
		writeFileSync(join(at, 'minimal', 'old.txt'), 'old');
		const refused = saveStoryFolder(at, { id: 'minimal', yaml, source });
		expect(refused.status).toBe(409);
		expect(refused.problems?.[0]).toMatch(/already exists/);
		expect(readdirSync(join(at, 'minimal'))).toEqual(['old.txt']);
		expect(saveStoryFolder(at, { id: 'minimal', yaml, source, overwrite: true }).status).toBe(200);
		expect(readdirSync(join(at, 'minimal')).sort()).toEqual(['source.txt', 'story.yaml']);
		expect(readdirSync(at)).toEqual(['minimal']);
	});
});
