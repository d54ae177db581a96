import { describe, expect, it } from 'vitest';
import { contextFact, contextWarnings, quoteFact, type ContextInput } from './facts';
import type { StoryInput } from './work';

const story = {
	language: 'fr',
	published: { edtf: '2023-11-23' },
	events: [{ id: 'le-sommet' }],
	sources: [{ id: 'tass-2024' }]
} as unknown as StoryInput;

describe('a fact from a passage', () => {
	it('quotes the passage, starts as a draft on the publication day', () => {
		const fact = quoteFact(story, 'Le sommet : « un succès »');
		expect(fact).toMatchObject({
			id: 'sommet-succes-2023',
			title: { fr: 'Le sommet\u00a0: «\u00a0un succès\u00a0»', en: 'Le sommet : « un succès »' },
			date: { edtf: '2023-11-23' },
			provenance: [{ quote: 'Le sommet : « un succès »' }],
			review: 'draft'
		});
	});
});

describe('a context fact', () => {
	const input: ContextInput = {
		publisher: 'TASS',
		url: 'https://tass.com/politics/1750000',
		kind: 'wire',
		pageTitle: '',
		pageDate: '2024-02-22',
		says: 'Pashinyan said Armenia had frozen its participation.',
		fact: 'L’Arménie gèle sa participation.',
		factEn: 'Armenia freezes its participation.',
		date: { edtf: '2024-02-22' }
	};

	it.each<[string, Partial<ContextInput>, string[]]>([
		['a dated wire', {}, []],
		['an undated page', { pageDate: undefined }, ['undated']],
		['a machine-translated copy', { url: 'https://wiki7.org/page' }, ['rejected']],
		['a subdomain of a rejected host', { url: 'https://fr.news-pravda.com/x' }, ['rejected']],
		['not a URL', { url: 'tass.com/x' }, ['bad-url']],
		['a source of kind other', { kind: 'other' }, ['weak-kind']]
	])('%s warns %j', (_, change, warnings) => {
		expect(contextWarnings({ ...input, ...change }).warnings).toEqual(warnings);
	});

	it('says why a host is refused', () => {
		expect(contextWarnings({ ...input, url: 'https://wiki7.org/x' }).why).toBe(
			'machine-translated copy of Wikipedia'
		);
	});

	it('adds the source and an event proved by it', () => {
		const made = contextFact(story, input)!;
		expect(made.source).toEqual({
			id: 'tass-2024-2',
			publisher: 'TASS',
			kind: 'wire',
			url: input.url,
			date: '2024-02-22'
		});
		expect(made.event).toMatchObject({
			id: 'armenia-freezes-participation-2024',
			title: { fr: 'L’Arménie gèle sa participation.', en: 'Armenia freezes its participation.' },
			provenance: [{ source: 'tass-2024-2', detail: input.says }]
		});
		expect(made.event.review).toBeUndefined();
	});

	it('keeps the page’s language, as a code, when one is given', () => {
		const made = contextFact(story, { ...input, pageLanguage: ' ID ' })!;
		expect(made.source.language).toBe('id');
		expect(contextFact(story, { ...input, pageLanguage: ' ' })!.source).not.toHaveProperty(
			'language'
		);
	});

	it('refuses a rejected source', () => {
		expect(contextFact(story, { ...input, url: 'https://pledgetimes.com/x' })).toBeUndefined();
	});
});
