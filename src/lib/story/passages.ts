/**
 * The source article cut into paragraphs and runs, each run knowing which dataset entries
 * quote it. This is how the annotated article highlights the passages that support the
 * dataset and leaves the rest plain.
 */

/** What a quote supports: an event, a state's attendance or membership, or another entry. */
export interface QuoteRef {
	kind: 'event' | 'attendance' | 'membership' | 'actor' | 'place' | 'story';
	/** Event id, ISO code, actor or place id; empty for the story itself. */
	id: string;
	quote: string;
}

export interface Run {
	text: string;
	/** Entries quoting this run, the most specific (shortest quote) first. */
	refs: QuoteRef[];
}

export interface Paragraph {
	runs: Run[];
	/** Page furniture (a stock biography, a comment form): shown as such, never as reporting. */
	furniture: boolean;
}

/**
 * Where `quote` occurs in `text`, comparing runs of white space as one space (as the
 * validator does), as [start, end) offsets into `text`; undefined when it does not occur.
 */
export function findQuote(text: string, quote: string): [number, number] | undefined {
	const words = quote.trim().split(/\s+/u).map(escapeRegExp);
	if (words.length === 0 || words[0] === '') return undefined;
	const match = new RegExp(words.join('\\s+'), 'u').exec(text);
	return match ? [match.index, match.index + match[0].length] : undefined;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cut `sourceText` into paragraphs (blank-line separated) and runs between quote boundaries. */
export function annotate(
	sourceText: string,
	refs: QuoteRef[],
	furniture: string[] = []
): Paragraph[] {
	const spans = refs.flatMap((ref) => {
		const at = findQuote(sourceText, ref.quote);
		return at ? [{ ref, start: at[0], end: at[1] }] : [];
	});
	const furnitureSpans = furniture.flatMap((quote) => {
		const at = findQuote(sourceText, quote);
		return at ? [at] : [];
	});
	const paragraphs: Paragraph[] = [];
	const blocks = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
	for (const block of sourceText.matchAll(blocks)) {
		const start = block.index;
		const end = start + block[0].length;
		if (block[0].trim() === '') continue;
		const inside = spans.filter((s) => s.start < end && s.end > start);
		const cuts = new Set([start, end]);
		for (const s of inside) {
			cuts.add(Math.max(s.start, start));
			cuts.add(Math.min(s.end, end));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const runs: Run[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const [from, to] = [points[i]!, points[i + 1]!];
			const covering = inside
				.filter((s) => s.start <= from && s.end >= to)
				.sort((a, b) => a.end - a.start - (b.end - b.start))
				.map((s) => s.ref);
			runs.push({ text: sourceText.slice(from, to), refs: covering });
		}
		const isFurniture = furnitureSpans.some(([fs, fe]) => fs < end && fe > start);
		paragraphs.push({ runs: mergeRuns(runs), furniture: isFurniture });
	}
	return paragraphs;
}

/** Neighbouring runs quoted by the same entries read as one. */
function mergeRuns(runs: Run[]): Run[] {
	const merged: Run[] = [];
	for (const run of runs) {
		const last = merged.at(-1);
		if (last && sameRefs(last.refs, run.refs)) last.text += run.text;
		else merged.push({ ...run, refs: [...run.refs] });
	}
	return merged;
}

function sameRefs(a: QuoteRef[], b: QuoteRef[]): boolean {
	return a.length === b.length && a.every((ref, i) => ref === b[i]);
}
