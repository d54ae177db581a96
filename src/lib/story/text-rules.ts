/**
 * Rules for every text of a story: what a reader sees must be what the file says. No
 * bidirectional controls (they reorder what is shown, so a quote can read differently
 * from what it is), no control characters, at least one visible character, and quotes
 * long enough to prove something.
 */
import { LIMITS } from './limits';

export type TextRule = 'bidi' | 'control-character' | 'visible-text' | 'quote-length';

/** Bidirectional embeddings, overrides and isolates, by name (Unicode's, lower-cased). */
const BIDI_CONTROLS: Record<string, string> = {
	'\u202a': 'left-to-right embedding',
	'\u202b': 'right-to-left embedding',
	'\u202c': 'pop directional formatting',
	'\u202d': 'left-to-right override',
	'\u202e': 'right-to-left override',
	'\u2066': 'left-to-right isolate',
	'\u2067': 'right-to-left isolate',
	'\u2068': 'first strong isolate',
	'\u2069': 'pop directional isolate'
};
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
/** Controls other than tab and line feed (which a block of text may hold). */
const CONTROL = /(?![\t\n])\p{Cc}/u;
/** A letter, digit, punctuation mark or symbol: something that leaves ink… */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** …unless Unicode says to show nothing for it (zero-width spaces, fillers, joiners). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

function codePoint(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where a character is in a text, for a person counting from 1. */
function at(text: string, index: number): string {
	return `character ${Array.from(text.slice(0, index)).length + 1}`;
}

/** The problems of one text of the story (any string in story.yaml), as [rule, message]. */
export function checkText(text: string): [TextRule, string][] {
	const problems: [TextRule, string][] = [];
	const bidi = BIDI.exec(text);
	if (bidi) {
		problems.push([
			'bidi',
			`contains ${codePoint(bidi[0])} (${BIDI_CONTROLS[bidi[0]]}) at ${at(text, bidi.index)}: bidirectional controls can make a text read differently from what it says; remove it`
		]);
	}
	const control = CONTROL.exec(text);
	if (control) {
		problems.push([
			'control-character',
			`contains the control character ${codePoint(control[0])} at ${at(text, control.index)}; remove it`
		]);
	}
	// Blank text is the schema's to report ("must not be empty"); this catches the rest.
	if (text.trim() !== '' && !VISIBLE.test(text.replace(IGNORABLE, ''))) {
		problems.push([
			'visible-text',
			'has no visible character (only white space or invisible characters such as U+200B zero-width space); write the text or remove it'
		]);
	}
	return problems;
}

/**
 * Why a quote is too short to prove anything, or undefined when it is long enough: it
 * needs `LIMITS.quoteLetters` letters or digits ("à Minsk" has 6; "à" has 1, and occurs
 * in any French text).
 */
export function checkQuoteLength(quote: string): string | undefined {
	const letters = quote.match(LETTER_OR_DIGIT)?.length ?? 0;
	if (letters >= LIMITS.quoteLetters) return undefined;
	return `is too short to prove anything: ${letters} letter(s) or digit(s), a quote needs at least ${LIMITS.quoteLetters}; quote the words that state the fact`;
}
