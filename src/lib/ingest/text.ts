/**
 * Text helpers shared by the extractors: typography folded for matching (one character for
 * one, so offsets found in the folded text are offsets in the article), sentences with
 * their offsets, verbatim passages cut from the article's own characters, and ids.
 */

/** Apostrophes, quotation marks and spaces folded to one form each; the length never changes. */
export function fold(text: string): string {
	return text
		.replace(/[’‘ʼ′`´]/gu, "'")
		.replace(/[“”„‟″]/gu, '"')
		.replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `passage` occurs in `text`, ignoring the difference between straight and
 * typographic apostrophes and quotation marks and between runs of white space, as
 * [start, end) offsets into `text`.
 */
export function locate(text: string, passage: string, from = 0): [number, number] | undefined {
	const words = fold(passage).trim().split(/\s+/u).map(escapeRegExp);
	if (words.length === 0 || words[0] === '') return undefined;
	const re = new RegExp(words.join('\\s+'), 'gu');
	re.lastIndex = from;
	const match = re.exec(fold(text));
	return match ? [match.index, match.index + match[0].length] : undefined;
}

/** The article's own characters for `passage` (typography as the article has it), or undefined. */
export function verbatim(text: string, passage: string): string | undefined {
	const at = locate(text, passage);
	return at ? text.slice(at[0], at[1]) : undefined;
}

export interface Span {
	start: number;
	end: number;
	text: string;
}

export interface Sentence extends Span {
	/** Index of the paragraph (blank-line or line separated block) the sentence is in. */
	paragraph: number;
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS =
	/(?:\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Lt|Col|Sgt|Prof|No|vs|etc|av|J\.-C|U\.S|U\.K|[A-Z]))$/u;

/** Cut the text into sentences, each within one paragraph, with offsets into the text. */
export function sentences(text: string): Sentence[] {
	const result: Sentence[] = [];
	let paragraph = 0;
	for (const block of text.matchAll(/[^\n]+/gu)) {
		const blockStart = block.index;
		const body = block[0];
		if (body.trim() === '') continue;
		let start = 0;
		// A sentence ends at . ! ? … (and any closing quote) followed by space and a capital,
		// an opening quote or a digit — unless the word before is an abbreviation.
		const ends = /[.!?…]+[»”"’)]*(?=\s+[«“"(]?\s*[\p{Lu}\d])/gu;
		for (const end of body.matchAll(ends)) {
			const stop = end.index + end[0].length;
			if (end[0].startsWith('.') && ABBREVIATIONS.test(body.slice(start, end.index))) continue;
			// Inside « … » or “ … ” the sentence goes on: "« Nous partons. Demain », a-t-il dit."
			const before = body.slice(start, stop);
			const open = (before.match(/[«“]/gu) ?? []).length - (before.match(/[»”]/gu) ?? []).length;
			if (open > 0) continue;
			push(result, text, blockStart + start, blockStart + stop, paragraph);
			start = stop;
		}
		push(result, text, blockStart + start, blockStart + body.length, paragraph);
		paragraph++;
	}
	return result;
}

function push(into: Sentence[], text: string, start: number, end: number, paragraph: number) {
	while (start < end && /\s/u.test(text[start]!)) start++;
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	if (end > start) into.push({ start, end, text: text.slice(start, end), paragraph });
}

/** A lower-case id made of ASCII words joined by hyphens (accents dropped), at most `words` words. */
export function slug(text: string, words = 6): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/['’]/g, ' ')
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.slice(0, words)
			.join('-') || 'story'
	);
}

/** An id not yet in `taken`, made from `base` with -2, -3… when needed; records it as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** Accents and case folded, for comparing names ("Biélorussie" = "bielorussie"). */
export function key(text: string): string {
	return fold(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word, a number, a hyphenated compound, or capitals with full stops ("U.S."). */
export const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a name folded and joined by spaces: the key places are looked up by. */
export function tokenKey(words: string): string {
	return (fold(words).match(TOKEN) ?? []).map((w) => key(w)).join(' ');
}
