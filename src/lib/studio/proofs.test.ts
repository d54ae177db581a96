import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emptyProof, NEW_SOURCE, readProof, type ProofDraft, type ReadProof } from './proofs';
import type { StoryInput } from './work';

const dir = new URL('../story/fixtures/minimal/', import.meta.url);
const story = parse(readFileSync(new URL('story.yaml', dir), 'utf8')) as StoryInput;
const article = readFileSync(new URL('source.txt', dir), 'utf8');
const passage = article.split('\n')[0]!.slice(0, 30);
const newSource = {
	publisher: ' Register of members ',
	url: 'https://example.org/members',
	kind: 'official' as const,
	pageTitle: '',
	pageDate: '2025-10-26'
};
const draft = (over: Partial<ProofDraft>): ProofDraft => ({ ...emptyProof(), ...over });

describe('a proof as given in the studio', () => {
	it.each<[string, ProofDraft, ReadProof]>([
		['nothing given', emptyProof(), { ok: false, problem: 'empty' }],
		[
			'a passage, word for word, spaces around it dropped',
			draft({ quote: ` ${passage} ` }),
			{ ok: true, provenance: [{ quote: passage }], sources: [] }
		],
		[
			'a passage not in the article',
			draft({ quote: 'words nobody wrote' }),
			{ ok: false, problem: 'not-verbatim' }
		],
		[
			'a source the story cites, with what it says',
			draft({ source: 'summit-report', detail: ' It  says so. ' }),
			{ ok: true, provenance: [{ source: 'summit-report', detail: 'It says so.' }], sources: [] }
		],
		[
			'a passage and a source',
			draft({ quote: passage, source: 'summit-report' }),
			{ ok: true, provenance: [{ quote: passage }, { source: 'summit-report' }], sources: [] }
		],
		[
			'a source the story does not cite is ignored',
			draft({ source: 'nowhere' }),
			{ ok: false, problem: 'empty' }
		],
		[
			'a new source, named from its publisher and date',
			draft({ source: NEW_SOURCE, newSource, detail: 'Member since 2025.' }),
			{
				ok: true,
				provenance: [{ source: 'register-members-2025', detail: 'Member since 2025.' }],
				sources: [
					{
						id: 'register-members-2025',
						publisher: 'Register of members',
						kind: 'official',
						url: 'https://example.org/members',
						date: '2025-10-26'
					}
				]
			}
		],
		[
			'a new source without its address',
			draft({ source: NEW_SOURCE, newSource: { ...newSource, url: ' ' } }),
			{ ok: false, problem: 'source-incomplete' }
		],
		[
			'a new source on a refused host',
			draft({
				source: NEW_SOURCE,
				newSource: { ...newSource, url: 'https://wiki7.org/ASEAN' }
			}),
			{ ok: false, problem: 'source-refused' }
		]
	])('%s', (_, given, expected) => {
		expect(readProof(story, article, given)).toEqual(expected);
	});
});
