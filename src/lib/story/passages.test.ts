import { describe, expect, it } from 'vitest';
import { annotate, findQuote, quoteRefs, type QuoteRef } from './passages';

const TEXT =
	'Titre\n\nPoutine s’est rendu à Minsk ce jeudi matin pour aborder «\u00a0la sécurité\u00a0».\n\nLaisser un commentaire';

describe('findQuote', () => {
	it.each<[string, [number, number] | undefined]>([
		['Titre', [0, 5]],
		['Poutine s’est rendu à Minsk', [7, 34]],
		['«\u00a0la sécurité\u00a0»', [63, 78]],
		// Strict: an ordinary space where the source has a no-break space is another text.
		['« la sécurité »', undefined],
		['Poutine  s’est rendu', undefined],
		['Poutine est allé', undefined],
		['a.b', undefined],
		['   ', undefined]
	])('%j → %j', (quote, expected) => {
		expect(findQuote(TEXT, quote)).toEqual(expected);
	});
});

describe('annotate', () => {
	const visit: QuoteRef = {
		kind: 'event',
		id: 'putin-visit',
		quote: 'Poutine s’est rendu à Minsk ce jeudi matin'
	};
	const host: QuoteRef = { kind: 'attendance', id: 'RUS', quote: 'Poutine s’est rendu à Minsk' };
	const missing: QuoteRef = { kind: 'event', id: 'nowhere', quote: 'pas dans le texte' };

	it('cuts paragraphs into runs at every quote boundary, the most specific entry first', () => {
		const form = { quote: 'Laisser un commentaire', label: { fr: 'Formulaire', en: 'Form' } };
		const paragraphs = annotate(TEXT, [visit, host, missing], [form]);
		expect(paragraphs.map((p) => p.furniture)).toEqual([undefined, undefined, form]);
		expect(paragraphs[0]!.runs).toEqual([{ text: 'Titre', refs: [] }]);
		expect(paragraphs[1]!.runs.map((r) => [r.text, r.refs.map((ref) => ref.id)])).toEqual([
			['Poutine s’est rendu à Minsk', ['RUS', 'putin-visit']],
			[' ce jeudi matin', ['putin-visit']],
			[' pour aborder «\u00a0la sécurité\u00a0».', []]
		]);
	});

	it('keeps every character of the source, in order', () => {
		const paragraphs = annotate(TEXT, [visit, host]);
		expect(paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n\n')).toBe(TEXT);
	});
});

describe('annotate on the bundled story', () => {
	it('finds every quote of the dataset in the article and keeps the furniture apart', async () => {
		const { readFileSync } = await import('node:fs');
		const { validateStory } = await import('./validate');
		const folder = 'data/stories/otsc-minsk-summit/';
		const source = readFileSync(folder + 'source.txt', 'utf8');
		const result = validateStory('story.yaml', readFileSync(folder + 'story.yaml', 'utf8'), source);
		if (!result.ok) throw new Error('the bundled story must be valid');
		const refs = quoteRefs(result.story);
		const paragraphs = annotate(source, refs, result.story.furniture);
		const quoted = new Set(paragraphs.flatMap((p) => p.runs.flatMap((r) => r.refs)));
		expect(refs.filter((ref) => !quoted.has(ref))).toEqual([]);
		expect(paragraphs.filter((p) => p.furniture).map((p) => p.furniture!.label.en)).toEqual([
			'Headline unrelated to the article (probably a publishing error)',
			'Stock author biography',
			'Comment form',
			'Comment form'
		]);
		const armenia = paragraphs
			.flatMap((p) => p.runs)
			.find((r) => r.text.includes('qui a choisi d’être absente'));
		expect(armenia?.refs.some((ref) => ref.kind === 'attendance' && ref.id === 'ARM')).toBe(true);
	});
});
