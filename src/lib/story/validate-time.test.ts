/** The validator's rules for time: membership phases, intervals that run on, time zones. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateStory } from './validate';

const folder = new URL('./fixtures/minimal/', import.meta.url);
const validYaml = readFileSync(new URL('story.yaml', folder), 'utf8');
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const FILE = 'data/stories/minimal/story.yaml';

function problemsFor(find: string, replace: string): string[] {
	expect(validYaml).toContain(find);
	return validateStory(FILE, validYaml.replace(find, replace), source).problems.map((p) =>
		formatProblem(p).replace(/^\S+ /, '')
	);
}

const MEMBERSHIP = 'provenance: [{ source: summit-report, detail: Belarus joined in 1993. }]';
const phases = (...lines: string[]) =>
	`${MEMBERSHIP}\n    phases:\n${lines.map((l) => `      - ${l}`).join('\n')}`;
const phase = (dates: string) =>
	`{ status: frozen, ${dates}, provenance: [{ source: summit-report }] }`;

describe('membership phases', () => {
	it.each<[string, string, string[]]>([
		['a phase that runs on', phases(phase('from: 2024-02-22')), []],
		[
			'two phases, one after the other',
			phases(phase('from: 2010-01-01, to: 2011-01-01'), phase('from: 2024-02-22')),
			[]
		],
		[
			'a phase before its membership',
			phases(phase('from: 1990-01-01')),
			[
				'memberships[0].phases[0].from [date-order] starts (1990-01-01) before its membership (1993-12-31)'
			]
		],
		[
			'a phase that ends before it starts',
			phases(phase('from: 2024-02-22, to: 2020-01-01')),
			['memberships[0].phases[0].to [date-order] ends (2020-01-01) before it starts (2024-02-22)']
		],
		[
			'phases that overlap',
			phases(phase('from: 2024-02-22'), phase('from: 2025-01-01')),
			['memberships[0].phases[1].from [date-order] starts before the phase above it ends']
		],
		[
			'an unknown status',
			phases('{ status: paused, from: 2024-02-22, provenance: [{ source: summit-report }] }'),
			['memberships[0].phases[0].status [schema] expected "frozen", found "paused"']
		],
		[
			'a phase without proof',
			phases('{ status: frozen, from: 2024-02-22, provenance: [] }'),
			['memberships[0].phases[0].provenance [schema] needs at least one proof']
		],
		[
			'a phase proven by an unknown source',
			phases('{ status: frozen, from: 2024-02-22, provenance: [{ source: tass }] }'),
			['memberships[0].phases[0].provenance[0].source [reference] "tass" is not an id in sources']
		]
	])('%s', (_, replace, expected) => {
		expect(problemsFor(MEMBERSHIP, replace)).toEqual(expected);
	});

	it('keeps a phase within a membership that ended', () => {
		expect(
			problemsFor(
				'from: 1993-12-31',
				`from: 1993-12-31\n    to: 2020-01-01\n    phases: [${phase('from: 2019-01-01')}]`
			)
		).toEqual([
			'memberships[0].phases[0].from [date-order] runs past the end of its membership (2020-01-01)'
		]);
	});
});

describe('intervals that run on', () => {
	it.each<[string, string[]]>([
		['2024-02-22/..', []],
		[
			'2024-02-22/',
			[
				'events[1].date.edtf [edtf] "2024-02-22/" is an interval with an unknown end; give both ends, or ".." for one that runs on'
			]
		]
	])('event date %s', (edtf, expected) => {
		expect(problemsFor('edtf: 2023-11-23 }', `edtf: '${edtf}' }`)).toEqual(expected);
	});
});

describe('time zones of parts of day', () => {
	it.each<[string, string, string, string[]]>([
		['a city of a country with one zone', 'country: BLR', 'country: BLR', []],
		[
			'a city of a country with many, without its own',
			'country: BLR',
			'country: RUS',
			[
				'events[0].date.partOfDay [time-zone] RUS has 27 IANA time zones; give place "minsk" its own timeZone'
			]
		],
		['a city with its own zone', 'country: BLR', 'country: RUS\n    timeZone: Europe/Moscow', []],
		[
			'an unknown zone',
			'country: BLR',
			'country: BLR\n    timeZone: Europe/Atlantis',
			[
				'places[1].timeZone [time-zone] "Europe/Atlantis" is not an IANA time zone such as "Europe/Minsk"'
			]
		]
	])('%s', (_, find, replace, expected) => {
		expect(problemsFor(`    ${find}\n    coordinates`, `    ${replace}\n    coordinates`)).toEqual(
			expected
		);
	});
});
