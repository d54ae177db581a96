import { describe, expect, it } from 'vitest';
import { inLanguage } from './localize';

describe('inLanguage', () => {
	it.each([
		['keeps the page language', { fr: 'Bonjour', en: 'Hello' }, 'fr', { fr: 'Bonjour' }],
		['keeps English on an English page', { fr: 'Bonjour', en: 'Hello' }, 'en', { en: 'Hello' }],
		['falls back as localized() does', { ru: 'Привет', en: 'Hello' }, 'fr', { en: 'Hello' }],
		[
			'walks arrays and objects',
			[{ text: { fr: 'a', en: 'b' }, kind: 'x' }],
			'fr',
			[{ text: { fr: 'a' }, kind: 'x' }]
		],
		[
			'leaves an object without English alone',
			{ id: 'abc', to: 'xyz' },
			'fr',
			{ id: 'abc', to: 'xyz' }
		],
		[
			'leaves an object with a non-string value alone',
			{ en: 'a', fr: 1 },
			'fr',
			{ en: 'a', fr: 1 }
		],
		['leaves an empty object alone', {}, 'fr', {}],
		['leaves numbers, strings and null alone', [1, 'fr', null], 'fr', [1, 'fr', null]]
	])('%s', (_, value, language, expected) => {
		expect(inLanguage(value, language)).toEqual(expected);
	});
});
