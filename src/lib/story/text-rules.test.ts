import { describe, expect, it } from 'vitest';
import { excerpt, formatBytes } from './limits';
import { checkQuoteLength, checkText } from './text-rules';
import { formatPath, formatProblem } from './validate';

describe('checkText', () => {
	it.each([
		['plain words', 'Le sommet de Minsk'],
		['a single visible character', '—'],
		['text with a zero-width joiner inside an emoji sequence', 'un 👩‍💻'],
		['right-to-left text without controls', 'قمة مينسك'],
		['a left-to-right mark, which is not an override', 'Minsk\u200e'],
		['lines and tabs of a block', 'a\n\tb'],
		['a Braille pattern, which has dots', '\u2801']
	])('accepts %s', (_, text) => {
		expect(checkText(text)).toEqual([]);
	});

	it.each([
		[
			'U+202E in a word',
			'Nous \u202enacnava',
			'bidi',
			'U+202E (right-to-left override) at character 6'
		],
		['U+202A', '\u202aa', 'bidi', 'U+202A (left-to-right embedding) at character 1'],
		['U+202C', 'a\u202c', 'bidi', 'U+202C (pop directional formatting) at character 2'],
		['U+2066', 'a\u2066b', 'bidi', 'U+2066 (left-to-right isolate)'],
		['U+2069', 'a\u2069', 'bidi', 'U+2069 (pop directional isolate)'],
		['an escape', 'The \u001b[31msummit', 'control-character', 'U+001B at character 5'],
		['a carriage return', 'a\rb', 'control-character', 'U+000D'],
		['zero-width spaces only', '\u200b\u200b', 'visible-text', 'has no visible character'],
		[
			'a word joiner and no-break spaces',
			'\u2060\u00a0\u00a0',
			'visible-text',
			'has no visible character'
		],
		['Hangul fillers', '\u3164\u3164', 'visible-text', 'has no visible character']
	])('refuses %s', (_, text, rule, fragment) => {
		const problems = checkText(text);
		expect(problems.map(([r]) => r)).toEqual([rule]);
		expect(problems[0]![1]).toContain(fragment);
	});

	it('leaves blank text to the schema, which says it must not be empty', () => {
		expect(checkText('   ')).toEqual([]);
		expect(checkText('\ufeff')).toEqual([]); // trim() takes a byte-order mark for a space
	});
});

describe('checkQuoteLength', () => {
	it.each([
		['à Minsk', true],
		['aujourd’hui', true],
		['selon l’EFE', true],
		['12345', true],
		['Minsk', true],
		['tenu', false],
		['à', false],
		['« … »', false],
		['a b c d', false]
	])('%j is long enough: %s', (quote, long) => {
		expect(checkQuoteLength(quote) === undefined).toBe(long);
	});

	it('says why, with the count and the rule', () => {
		expect(checkQuoteLength('à')).toBe(
			'is too short to prove anything: 1 letter(s) or digit(s), a quote needs at least 5; quote the words that state the fact'
		);
	});
});

describe('bounded output', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[56_193, '54.9 KB'],
		[2 * 1024 * 1024, '2 MB'],
		[50 * 1024 * 1024, '50 MB']
	])('formatBytes(%i) is %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});

	it('cuts a long text, never inside a character', () => {
		expect(excerpt('abc', 3)).toBe('abc');
		expect(excerpt('abcd', 3)).toBe('abc…');
		expect(excerpt('😀😀😀😀', 3)).toBe('😀😀😀…');
	});

	it('quotes and cuts odd or long keys in paths', () => {
		expect(formatPath(['events', 0, 'title', 'fr'])).toBe('events[0].title.fr');
		expect(formatPath(['a b'])).toBe('"a b"');
		expect(formatPath(['events', 'k'.repeat(100)])).toBe(`events."${'k'.repeat(40)}…"`);
	});

	it('shows control and bidi characters of the data as escapes, not as themselves', () => {
		const line = formatProblem({
			file: 'data/stories/x\u001b[2J/story.yaml',
			path: 'title',
			rule: 'bidi',
			message: 'quote "a\u202eb"'
		});
		expect(line).toBe('data/stories/x\\u{1b}[2J/story.yaml title [bidi] quote "a\\u{202e}b"');
	});
});
