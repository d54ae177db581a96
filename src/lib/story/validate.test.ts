import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, normalizeWhitespace, validateStory } from './validate';

const folder = new URL('./fixtures/minimal/', import.meta.url);
const validYaml = readFileSync(new URL('story.yaml', folder), 'utf8');
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const FILE = 'data/stories/minimal/story.yaml';

/** Break the valid fixture by replacing one exact piece of its text. */
function broken(find: string, replace: string): string {
	expect(validYaml, `fixture contains ${find}`).toContain(find);
	return validYaml.replace(find, replace);
}

function messagesFor(yamlText: string): string[] {
	return validateStory(FILE, yamlText, source).problems.map(formatProblem);
}

describe('validateStory', () => {
	it('accepts the valid fixture', () => {
		const result = validateStory(FILE, validYaml, source);
		expect(result.problems).toEqual([]);
		expect(result.ok && result.story.events).toHaveLength(2);
	});

	it.each([
		{
			rule: 'yaml',
			yaml: broken('id: minimal', 'id: [minimal'),
			expected: [
				`${FILE}:3:1 (root) [yaml] Flow sequence in block collection must be sufficiently indented and end with a ]`
			]
		},
		{
			rule: 'schema: missing key',
			yaml: broken('    category: statement\n', ''),
			expected: [`${FILE}:50:5 events[1].category [schema] is required`]
		},
		{
			rule: 'schema: unknown key',
			yaml: broken('    category: summit', '    category: summit\n    colour: red'),
			expected: [`${FILE}:46:13 events[0].colour [schema] is not a known key here`]
		},
		{
			rule: 'schema: wrong value',
			yaml: broken('category: summit', 'category: party'),
			expected: [
				`${FILE}:45:15 events[0].category [schema] expected ("summit" | "meeting" | "statement" | "visit" | "armed-conflict" | "membership" | "treaty" | "agreement" | "report"), found "party"`
			]
		},
		{
			rule: 'languages',
			yaml: broken('title: { fr: Le sommet, en: The summit }', 'title: { fr: Le sommet }'),
			expected: [`${FILE}:42:12 events[0].title [languages] needs a text in "en"`]
		},
		{
			rule: 'unique-id',
			yaml: broken('id: speech', 'id: summit'),
			expected: [`${FILE}:50:9 events[1].id [unique-id] id "summit" is used twice in events`]
		},
		{
			rule: 'reference: event to place',
			yaml: broken('places: [minsk]', 'places: [moscow]'),
			expected: [`${FILE}:46:14 events[0].places[0] [reference] "moscow" is not an id in places`]
		},
		{
			rule: 'reference: proof to source',
			yaml: broken('provenance: [{ source: summit-report }]', 'provenance: [{ source: tass }]'),
			expected: [
				`${FILE}:33:28 actors[0].provenance[0].source [reference] "tass" is not an id in sources`
			]
		},
		{
			rule: 'iso-3166',
			yaml: broken('  - state: BLR', '  - state: XYZ'),
			expected: [
				`${FILE}:59:12 memberships[0].state [iso-3166] "XYZ" is not an ISO 3166-1 alpha-3 country code`
			]
		},
		{
			rule: 'edtf: impossible day',
			yaml: broken('edtf: 2023-11-23 }', 'edtf: 2023-02-30 }'),
			expected: [
				`${FILE}:53:19 events[1].date.edtf [edtf] "2023-02-30" is not a valid EDTF date (Syntax error at line 1 col 9:)`
			]
		},
		{
			rule: 'edtf: interval ends before it starts',
			yaml: broken('edtf: 2023-11-23 }', 'edtf: 2023-11-24/2023-11-20 }'),
			expected: [
				`${FILE}:53:19 events[1].date.edtf [edtf] "2023-11-24/2023-11-20" is not a valid EDTF date (invalid upper bound: 2023-11-20)`
			]
		},
		{
			rule: 'date-order',
			yaml: broken('from: 1993-12-31', 'from: 1993-12-31\n    to: 1992-01-01'),
			expected: [
				`${FILE}:61:9 memberships[0].to [date-order] ends (1992-01-01) before it starts (1993-12-31)`
			]
		},
		{
			rule: 'quote-verbatim',
			yaml: broken('quote: « Nous devons avancer »', 'quote: « Nous devons reculer »'),
			expected: [
				`${FILE}:57:16 events[1].provenance[0].quote [quote-verbatim] quote "« Nous devons reculer »" does not occur in the source text`
			]
		},
		{
			rule: 'quote-verbatim: date wording',
			yaml: broken('wording: ce jeudi matin', 'wording: ce vendredi'),
			expected: [
				`${FILE}:44:60 events[0].date.wording [quote-verbatim] date wording "ce vendredi" does not occur in the source text`
			]
		}
	])('reports $rule with file, line, path and rule', ({ yaml, expected }) => {
		expect(messagesFor(yaml)).toEqual(expected);
	});

	it('reports every problem at once, not just the first', () => {
		const yaml = broken('places: [minsk]', 'places: [moscow]').replace('state: BLR', 'state: XYZ');
		expect(messagesFor(yaml).map((m) => m.match(/ \[([a-z0-9-]+)\] /)?.[1])).toEqual([
			'reference',
			'iso-3166'
		]);
	});

	it('treats any run of whitespace as one space, but no other character', () => {
		expect(normalizeWhitespace('«\u00a0Nous  devons\navancer\u00a0»')).toBe(
			'« Nous devons avancer »'
		);
		const apostrophe = broken(
			'provenance: [{ quote: à Minsk }]\nactors',
			'provenance: [{ quote: à  Minsk }]\nactors'
		);
		expect(messagesFor(apostrophe)).toEqual([]);
		const typographic = broken('quote: Le sommet s’est tenu', "quote: Le sommet s'est tenu");
		expect(messagesFor(typographic)).toHaveLength(1);
	});
});

describe('formatPath', () => {
	it.each([
		[[], ''],
		[['title'], 'title'],
		[['events', 3, 'provenance', 0, 'quote'], 'events[3].provenance[0].quote']
	])('%j → %s', (keys, expected) => {
		expect(formatPath(keys)).toBe(expected);
	});
});

describe('the opt-in tile layer of a story map', () => {
	it.each([
		['no map options: no tiles', '', true],
		[
			'an https tile URL with its attribution',
			"map:\n  tiles:\n    url: 'https://tiles.example.org/{z}/{x}/{y}.png'\n    attribution: '© Example'\n",
			true
		],
		[
			'a plain-http tile URL',
			"map:\n  tiles:\n    url: 'http://tiles.example.org/{z}/{x}/{y}.png'\n    attribution: '© Example'\n",
			false
		],
		[
			'tiles without attribution',
			"map:\n  tiles:\n    url: 'https://tiles.example.org/{z}/{x}/{y}.png'\n",
			false
		]
	])('%s → valid: %s', (_, extra, valid) => {
		const result = validateStory(FILE, `${validYaml.trimEnd()}\n${extra}`, source);
		expect(result.ok).toBe(valid);
	});
});
