import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, normalizeWhitespace, validateStory } from './validate';

const folder = new URL('./fixtures/minimal/', import.meta.url);
const validYaml = readFileSync(new URL('story.yaml', folder), 'utf8');
const sourceText = readFileSync(new URL('source.txt', folder), 'utf8');
const FILE = 'data/stories/minimal/story.yaml';

/** Break the valid fixture by replacing one exact piece of its text. */
function broken(find: string, replace: string): string {
	expect(validYaml, `fixture contains ${find}`).toContain(find);
	return validYaml.replace(find, replace);
}

function messagesFor(yamlText: string): string[] {
	return validateStory(FILE, yamlText, sourceText).problems.map(formatProblem);
}

describe('validateStory', () => {
	it('accepts the valid fixture', () => {
		const result = validateStory(FILE, validYaml, sourceText);
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
			expected: [`${FILE}:51:5 events[1].category [schema] is required`]
		},
		{
			rule: 'schema: unknown key',
			yaml: broken('    category: summit', '    category: summit\n    colour: red'),
			expected: [`${FILE}:47:13 events[0].colour [schema] is not a known key here`]
		},
		{
			rule: 'schema: wrong value',
			yaml: broken('category: summit', 'category: party'),
			expected: [
				`${FILE}:46:15 events[0].category [schema] expected ("summit" | "meeting" | "statement" | "visit" | "armed-conflict" | "membership" | "treaty" | "agreement" | "report"), found "party"`
			]
		},
		{
			rule: 'languages',
			yaml: broken('title: { fr: Le sommet, en: The summit }', 'title: { fr: Le sommet }'),
			expected: [`${FILE}:43:12 events[0].title [languages] needs a text in "en"`]
		},
		{
			rule: 'unique-id',
			yaml: broken('id: speech', 'id: summit'),
			expected: [`${FILE}:51:9 events[1].id [unique-id] id "summit" is used twice in events`]
		},
		{
			rule: 'reference: event to place',
			yaml: broken('places: [minsk]', 'places: [moscow]'),
			expected: [`${FILE}:47:14 events[0].places[0] [reference] "moscow" is not an id in places`]
		},
		{
			rule: 'reference: proof to source',
			yaml: broken('provenance: [{ source: summit-report }]', 'provenance: [{ source: tass }]'),
			expected: [
				`${FILE}:34:28 actors[0].provenance[0].source [reference] "tass" is not an id in sources`
			]
		},
		{
			rule: 'iso-3166',
			yaml: broken('  - state: BLR', '  - state: XYZ'),
			expected: [
				`${FILE}:60:12 memberships[0].state [iso-3166] "XYZ" is not an ISO 3166-1 alpha-3 country code`
			]
		},
		{
			rule: 'edtf: impossible day',
			yaml: broken('edtf: 2023-11-23 }', 'edtf: 2023-02-30 }'),
			expected: [
				`${FILE}:54:19 events[1].date.edtf [edtf] "2023-02-30" is not a valid EDTF date (Syntax error at line 1 col 9:)`
			]
		},
		{
			rule: 'edtf: interval ends before it starts',
			yaml: broken('edtf: 2023-11-23 }', 'edtf: 2023-11-24/2023-11-20 }'),
			expected: [
				`${FILE}:54:19 events[1].date.edtf [edtf] "2023-11-24/2023-11-20" is not a valid EDTF date (invalid upper bound: 2023-11-20)`
			]
		},
		{
			rule: 'date-order',
			yaml: broken('from: 1993-12-31', 'from: 1993-12-31\n    to: 1992-01-01'),
			expected: [
				`${FILE}:62:9 memberships[0].to [date-order] ends (1992-01-01) before it starts (1993-12-31)`
			]
		},
		{
			rule: 'quote-verbatim',
			yaml: broken('quote: « Nous devons avancer »', 'quote: « Nous devons reculer »'),
			expected: [
				`${FILE}:58:16 events[1].provenance[0].quote [quote-verbatim] quote "« Nous devons reculer »" does not occur in the source text character for character`
			]
		},
		{
			rule: 'quote-verbatim: date wording',
			yaml: broken('wording: ce jeudi matin', 'wording: ce vendredi'),
			expected: [
				`${FILE}:45:60 events[0].date.wording [quote-verbatim] date wording "ce vendredi" does not occur in the source text character for character`
			]
		}
	])('reports $rule with file, line, path and rule', ({ yaml, expected }) => {
		expect(messagesFor(yaml)).toEqual(expected);
	});

	describe('an event’s group', () => {
		const withGroup = (group: string) =>
			broken('    category: statement\n', `    category: statement\n    group: ${group}\n`);
		it.each([
			['a short label', 'Minsk 2023', []],
			['text, never HTML: kept as written', "'<b>R&D</b>'", []],
			['empty', "''", [`${FILE}:56:12 events[1].group [schema] must not be empty`]],
			[
				'longer than a label',
				'x'.repeat(121),
				[
					`${FILE}:56:12 events[1].group [schema] must be at most 120 characters: a group is a short label`
				]
			],
			[
				'two lines',
				'"Minsk\\n2023"',
				[`${FILE}:56:12 events[1].group [schema] must be one line: a group is a short label`]
			],
			[
				'a hidden control',
				'"Minsk\\u202e2023"',
				[expect.stringMatching(/events\[1\]\.group \[bidi\] contains U\+202E/)]
			]
		])('%s', (_, group, expected) => {
			expect(messagesFor(withGroup(group))).toEqual(expected);
		});
	});

	it('reports every problem at once, not just the first', () => {
		const yaml = broken('places: [minsk]', 'places: [moscow]').replace('state: BLR', 'state: XYZ');
		expect(messagesFor(yaml).map((m) => m.match(/ \[([a-z0-9-]+)\] /)?.[1])).toEqual([
			'reference',
			'iso-3166'
		]);
	});

	it.each([
		['two spaces where the source has one', 'quote: à Minsk }', 'quote: à  Minsk }', true],
		[
			'a no-break space where the source has a space',
			'quote: à Minsk }',
			'quote: à\u00a0Minsk }',
			true
		],
		['a tab where the source has a space', 'quote: à Minsk }', 'quote: "à\\tMinsk" }', true],
		[
			'a straight apostrophe for the source’s curly one',
			'quote: Le sommet s’est tenu',
			"quote: Le sommet s'est tenu",
			false
		]
	])('checks quotes character for character: %s', (_, find, replace, spacingOnly) => {
		const messages = messagesFor(broken(find, replace));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/\[quote-verbatim\] quote ".*" does not occur in the source text character for character/
		);
		expect(messages[0]!.includes('it does with other white space')).toBe(spacingOnly);
	});

	it('says runs of white space are one space when telling an editor what differs', () => {
		expect(normalizeWhitespace('«\u00a0Nous  devons\navancer\u00a0»')).toBe(
			'« Nous devons avancer »'
		);
	});
});

describe('outside sources', () => {
	const source = (fields: string) =>
		broken(
			'  - id: summit-report\n    title: The summit in Minsk\n    publisher: Example News\n    kind: press\n    url: https://example.org/summit\n    date: 2023-11-23\n',
			`  - id: summit-report\n${fields}`
		);
	const base = {
		title: '    title: The summit in Minsk\n',
		publisher: '    publisher: Example News\n',
		kind: '    kind: press\n',
		url: '    url: https://example.org/summit\n',
		date: '    date: 2023-11-23\n'
	};
	const fields = (over: Partial<Record<keyof typeof base, string>>) =>
		Object.entries({ ...base, ...over })
			.map(([, line]) => line)
			.join('');

	it.each([
		['a press page with title and date', {}, [], []],
		['no kind', { kind: '' }, [`${FILE}:16:5 sources[0].kind [schema] is required`], []],
		[
			'an unknown kind',
			{ kind: '    kind: blog\n' },
			[
				`${FILE}:19:11 sources[0].kind [schema] expected ("official" | "wire" | "press" | "reference" | "other"), found "blog"`
			],
			[]
		],
		[
			'a Wikipedia copy through a proxy',
			{ url: '    url: https://amansaja.com/index.php?q=abc\n' },
			[
				`${FILE}:20:10 sources[0].url [source-host] amansaja.com is not accepted as a source: a web proxy serving other sites’ pages, here Wikipedia’s`
			],
			[]
		],
		[
			'a machine-translated scraper, on a subdomain',
			{ url: '    url: https://www.blogen.wiki/blog/ru/CSTO\n' },
			[
				`${FILE}:20:10 sources[0].url [source-host] blogen.wiki is not accepted as a source: machine-translated scraper of Wikipedia articles`
			],
			[]
		],
		[
			'a state influence operation',
			{ url: '    url: https://inforos.com/?id=1\n' },
			[
				`${FILE}:20:10 sources[0].url [source-host] inforos.com is not accepted as a source: identified by the US government as a front of Russian military intelligence`
			],
			[]
		],
		[
			'a host that only ends like a rejected one',
			{ url: '    url: https://notblogen.wiki/a\n' },
			[],
			[]
		],
		[
			'Scots Wikipedia, on its mobile host',
			{ url: '    url: https://sco.m.wikipedia.org/wiki/Minsk\n' },
			[
				`${FILE}:20:10 sources[0].url [source-wiki] source "summit-report" is on sco.m.wikipedia.org (Wikipedia, every language edition): a wiki is not a source of record: cite what it cites`
			],
			[]
		],
		[
			'Simple English Wikipedia',
			{ url: '    url: https://simple.wikipedia.org/wiki/Stepanakert\n' },
			[
				`${FILE}:20:10 sources[0].url [source-wiki] source "summit-report" is on simple.wikipedia.org (Wikipedia, every language edition): a wiki is not a source of record: cite what it cites`
			],
			[]
		],
		[
			'Wikimedia Commons',
			{ url: '    url: https://commons.wikimedia.org/wiki/File:Minsk.jpg\n' },
			[
				`${FILE}:20:10 sources[0].url [source-wiki] source "summit-report" is on commons.wikimedia.org (Wikimedia projects (Commons, Meta)): a wiki is not a source of record: cite what it cites`
			],
			[]
		],
		[
			'Wikisource, a transcription of a treaty',
			{ url: '    url: https://ru.wikisource.org/wiki/Treaty\n' },
			[
				`${FILE}:20:10 sources[0].url [source-wiki] source "summit-report" is on ru.wikisource.org (Wikisource, transcriptions of documents): a wiki is not a source of record: cite what it cites`
			],
			[]
		],
		[
			'a Fandom wiki, with an upper-case host',
			{ url: '    url: https://History.FANDOM.com/wiki/CSTO\n' },
			[
				`${FILE}:20:10 sources[0].url [source-wiki] source "summit-report" is on history.fandom.com (Fandom wikis): a wiki is not a source of record: cite what it cites`
			],
			[]
		],
		[
			'a host that only ends like a wiki',
			{ url: '    url: https://notwikipedia.org/wiki/Minsk\n' },
			[],
			[]
		],
		[
			'a host that only starts like a wiki',
			{ url: '    url: https://wikipedia.org.example.com/wiki/Minsk\n' },
			[],
			[]
		],
		[
			'a wiki path on an outlet’s own host',
			{ url: '    url: https://example.org/wiki/summit\n' },
			[],
			[]
		],
		[
			'no date',
			{ date: '' },
			[],
			[
				`${FILE}:16:5 sources[0] [source-date] warning: source "summit-report" has no date: give the one its page shows, if it shows one`
			]
		],
		[
			'a GeoNames record, which has no publication date',
			{ url: '    url: https://www.geonames.org/625144\n', date: '' },
			[],
			[]
		],
		[
			'a page that only ends like GeoNames, with no date',
			{ url: '    url: https://notgeonames.org/625144\n', date: '' },
			[],
			[
				`${FILE}:16:5 sources[0] [source-date] warning: source "summit-report" has no date: give the one its page shows, if it shows one`
			]
		],
		[
			'no title',
			{ title: '' },
			[],
			[
				`${FILE}:16:5 sources[0] [source-title] warning: source "summit-report" has no title: give the page’s own title`
			]
		]
	])('%s', (_, over, errors, warnings) => {
		const result = validateStory(FILE, source(fields(over)), sourceText);
		expect(result.problems.map(formatProblem)).toEqual(errors);
		expect(result.warnings.map(formatProblem)).toEqual(warnings);
		expect(result.ok).toBe(errors.length === 0);
	});
	it('makes a wiki a warning, not an error, while the story is a machine draft', () => {
		const draft = source(fields({ url: '    url: https://en.wikipedia.org/wiki/Minsk\n' })).replace(
			'language: fr\n',
			'language: fr\nreview: draft\n'
		);
		const result = validateStory(FILE, draft, sourceText);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([
			`${FILE}:21:10 sources[0].url [source-wiki] warning: source "summit-report" is on en.wikipedia.org (Wikipedia, every language edition): a wiki is not a source of record: cite what it cites`
		]);
		expect(result.ok).toBe(true);
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
		const result = validateStory(FILE, `${validYaml.trimEnd()}\n${extra}`, sourceText);
		expect(result.ok).toBe(valid);
	});
});
