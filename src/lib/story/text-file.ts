/**
 * The bytes of a story file turned into text, or one clear reason why they are not text:
 * empty, not UTF-8 (UTF-16 and UTF-32, with or without a byte-order mark, Latin-1…), or
 * binary (NUL bytes, control characters). A UTF-8 byte-order mark is accepted and dropped.
 */
export type DecodedFile =
	| { ok: true; text: string }
	| { ok: false; rule: 'empty' | 'encoding'; message: string; line?: number; column?: number };

const SAVE_AS_UTF8 = 'save it as UTF-8';

/** Byte-order marks of the encodings a text editor may save in, longest first. */
const BOMS: [number[], string][] = [
	[[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian'],
	[[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian'],
	[[0xff, 0xfe], 'UTF-16 (little-endian'],
	[[0xfe, 0xff], 'UTF-16 (big-endian']
];

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

export function decodeTextFile(bytes: Uint8Array): DecodedFile {
	if (bytes.length === 0)
		return { ok: false, rule: 'empty', message: 'empty: the file has 0 bytes' };

	for (const [bom, name] of BOMS) {
		if (bom.every((byte, i) => bytes[i] === byte)) {
			return encoding(`not UTF-8: the file is ${name}, with a byte-order mark); ${SAVE_AS_UTF8}`);
		}
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		const utf16 = utf16Guess(bytes);
		if (utf16) {
			return encoding(
				`not UTF-8: the file looks like UTF-16 (${utf16}, no byte-order mark); ${SAVE_AS_UTF8}`
			);
		}
		const line = lineOfByte(bytes, nul);
		return { ...encoding('not text: it holds NUL bytes (binary data?)'), line };
	}

	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return invalidUtf8(bytes);
	}

	const control = CONTROL.exec(text);
	if (control) {
		const { line, column } = lineAndColumn(text, control.index);
		const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		return {
			...encoding(`not text: it holds the control character U+${code}`),
			line,
			column
		};
	}
	if (text.trim() === '') {
		return { ok: false, rule: 'empty', message: 'empty: the file has only white space' };
	}
	return { ok: true, text };
}

function encoding(message: string): DecodedFile & { ok: false } {
	return { ok: false, rule: 'encoding', message };
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd ones (little-endian) or even. */
function utf16Guess(bytes: Uint8Array): string | undefined {
	const sample = bytes.subarray(0, 4096);
	let even = 0;
	let odd = 0;
	sample.forEach((byte, i) => {
		if (byte === 0) {
			if (i % 2 === 0) even++;
			else odd++;
		}
	});
	const pairs = sample.length / 2;
	if (odd > pairs * 0.3 && even < pairs * 0.05) return 'little-endian';
	if (even > pairs * 0.3 && odd < pairs * 0.05) return 'big-endian';
	return undefined;
}

/**
 * Where the first invalid UTF-8 sequence starts. A prefix decodes (in streaming mode,
 * which waits for an unfinished sequence) exactly when the error lies beyond it, so a
 * binary search finds the shortest failing prefix; the text decoded before it ends where
 * the bad sequence starts.
 */
function invalidUtf8(bytes: Uint8Array): DecodedFile {
	const decodes = (length: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), {
				stream: true
			});
			return true;
		} catch {
			return false;
		}
	};
	let [good, bad] = [0, bytes.length];
	while (bad - good > 1) {
		const middle = Math.floor((good + bad) / 2);
		if (decodes(middle)) good = middle;
		else bad = middle;
	}
	const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, good), {
		stream: true
	});
	const offset = new TextEncoder().encode(before).length;
	const { line, column } = lineAndColumn(before, before.length);
	const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
	return {
		...encoding(
			`not UTF-8: byte 0x${byte} here is not valid UTF-8 (Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}`
		),
		line,
		column
	};
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** 1-based line and column (in characters) of `index` in `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: Array.from(text.slice(start, index)).length + 1 };
}
