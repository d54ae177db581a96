/**
 * French typography: a no-break space before `: ; ? !` and inside « ». Either the narrow
 * (U+202F) or the ordinary no-break space (U+00A0, what the interface uses) will do.
 */
const NO_BREAK = /[\u00a0\u202f]/u;

function show(char: string): string {
	return char === ' ' ? 'an ordinary space' : `"${char}"`;
}

/** What is wrong with the spacing of a French text, one message per place; empty when nothing. */
export function frenchSpacingProblems(text: string): string[] {
	const problems: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		const before = text[i - 1];
		const after = text[i + 1];
		if (/[;:!?]/u.test(char)) {
			if (before === undefined || NO_BREAK.test(before) || /[;:!?»]/u.test(before)) continue;
			// A time (11:30) or a ratio is not punctuation.
			if (char === ':' && /\d/u.test(before) && after !== undefined && /\d/u.test(after)) continue;
			problems.push(
				`needs a no-break space before "${char}", found ${show(before)} (at "${text.slice(Math.max(0, i - 12), i + 1)}")`
			);
		} else if (char === '«' && (after === undefined || !NO_BREAK.test(after))) {
			problems.push(
				`needs a no-break space after "«", found ${after === undefined ? 'the end' : show(after)} (at "${text.slice(i, i + 12)}")`
			);
		} else if (char === '»' && (before === undefined || !NO_BREAK.test(before))) {
			problems.push(
				`needs a no-break space before "»", found ${before === undefined ? 'the start' : show(before)} (at "${text.slice(Math.max(0, i - 12), i + 1)}")`
			);
		}
	}
	return problems;
}

/**
 * A French text with the spacing `frenchSpacingProblems` asks for: the space before `: ; ? !`
 * and inside « » made a no-break space, one added where there was none. For texts a machine
 * drafts from an article's words; quotes keep the article's own characters and never pass here.
 */
export function withFrenchSpacing(text: string): string {
	return (
		text
			// After a closing guillemet too: « depuis » : needs its own no-break space before the colon.
			.replace(/(?<=[^\s\u00a0\u202f;:!?])[ \t]*([;:!?])(?![\d/])/gu, '\u00a0$1')
			// A guillemet's no-break space already there is kept: spacing twice adds nothing.
			.replace(/«(?![\u00a0\u202f])[ \t]*/gu, '«\u00a0')
			.replace(/(?<![\u00a0\u202f])[ \t]*»/gu, '\u00a0»')
	);
}
