import { describe, expect, it } from 'vitest';
import { annotate, findQuote, type QuoteRef } from './passages';

const TEXT =
	'Titre\n\nPoutine s’est rendu à Minsk ce jeudi matin pour aborder «\u00a0la sécurité\u00a0».\n\nLaisser un commentaire';

describe('findQuote', () => {
	it.each<[string, [number, number] | undefined]>([
		['Titre', [0, 5]],
		['Poutine s’est rendu à Minsk', [7, 34]],
		['« la sécurité »', [63, 78]],
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
		const paragraphs = annotate(TEXT, [visit, host, missing], ['Laisser un commentaire']);
		expect(paragraphs.map((p) => p.furniture)).toEqual([false, false, true]);
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
