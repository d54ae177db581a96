import { describe, expect, it } from 'vitest';
import { decodeTextFile, lineAndColumn } from './text-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) =>
	Uint8Array.from(parts.flatMap((part) => [...part]));
const utf16le = (text: string) =>
	Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i ^ 1]!);

describe('decodeTextFile', () => {
	it.each([
		['plain UTF-8', utf8('id: été\n'), 'id: été\n'],
		[
			'UTF-8 with a byte-order mark, which is dropped',
			bytes([0xef, 0xbb, 0xbf], utf8('id: x\n')),
			'id: x\n'
		],
		['tabs and CRLF line ends', utf8('a:\tb\r\n'), 'a:\tb\r\n']
	])('reads %s', (_, input, text) => {
		expect(decodeTextFile(input)).toEqual({ ok: true, text });
	});

	it.each([
		['0 bytes', new Uint8Array(), 'empty', 'empty: the file has 0 bytes', undefined],
		[
			'only white space',
			utf8(' \n\t\n'),
			'empty',
			'empty: the file has only white space',
			undefined
		],
		[
			'only a byte-order mark',
			bytes([0xef, 0xbb, 0xbf]),
			'empty',
			'empty: the file has only white space',
			undefined
		],
		[
			'UTF-16LE with BOM',
			bytes([0xff, 0xfe], utf16le('id: x\n')),
			'encoding',
			'not UTF-8: the file is UTF-16 (little-endian, with a byte-order mark); save it as UTF-8',
			undefined
		],
		[
			'UTF-16BE with BOM',
			bytes([0xfe, 0xff], utf16be('id: x\n')),
			'encoding',
			'not UTF-8: the file is UTF-16 (big-endian, with a byte-order mark); save it as UTF-8',
			undefined
		],
		[
			'UTF-32LE with BOM',
			bytes([0xff, 0xfe, 0, 0], [0x69, 0, 0, 0]),
			'encoding',
			'not UTF-8: the file is UTF-32 (little-endian, with a byte-order mark); save it as UTF-8',
			undefined
		],
		[
			'UTF-16LE without BOM',
			utf16le('id: some-story\nlanguage: fr\n'),
			'encoding',
			'not UTF-8: the file looks like UTF-16 (little-endian, no byte-order mark); save it as UTF-8',
			undefined
		],
		[
			'UTF-16BE without BOM',
			utf16be('id: some-story\nlanguage: fr\n'),
			'encoding',
			'not UTF-8: the file looks like UTF-16 (big-endian, no byte-order mark); save it as UTF-8',
			undefined
		],
		[
			'a NUL byte in text',
			bytes(utf8('a: b\nc: d\n'), [0], utf8('e')),
			'encoding',
			'not text: it holds NUL bytes (binary data?)',
			{ line: 3 }
		],
		[
			'Latin-1 é on line 2',
			bytes(utf8('id: x\ntitle: caf'), [0xe9], utf8('\n')),
			'encoding',
			'not UTF-8: byte 0xE9 here is not valid UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8',
			{ line: 2, column: 11 }
		],
		[
			'a lone continuation byte after valid multi-byte text',
			bytes(utf8('é€'), [0x80]),
			'encoding',
			'not UTF-8: byte 0x80 here is not valid UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8',
			{ line: 1, column: 3 }
		],
		[
			'a sequence cut short at the end',
			bytes(utf8('ok '), [0xe2, 0x82]),
			'encoding',
			'not UTF-8: byte 0xE2 here is not valid UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8',
			{ line: 1, column: 4 }
		],
		[
			'a terminal escape',
			utf8('a: b\nc: \u001b[2J\n'),
			'encoding',
			'not text: it holds the control character U+001B',
			{ line: 2, column: 4 }
		],
		[
			'a C1 control',
			utf8('a: \u0085'),
			'encoding',
			'not text: it holds the control character U+0085',
			{ line: 1, column: 4 }
		]
	])('refuses %s', (_, input, rule, message, where) => {
		expect(decodeTextFile(input)).toEqual({ ok: false, rule, message, ...where });
	});
});

describe('lineAndColumn', () => {
	it.each([
		['abc', 0, 1, 1],
		['abc', 2, 1, 3],
		['a\nbc', 3, 2, 2],
		['a\n\n😀x', 5, 3, 2]
	])('%j at %i is %i:%i', (text, index, line, column) => {
		expect(lineAndColumn(text, index)).toEqual({ line, column });
	});
});
