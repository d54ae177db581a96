/**
 * The article as the review pane shows it: paragraphs cut into runs, each run knowing its
 * offsets in the source text and the facts that quote it. Offsets are what make a
 * selection in the page a verbatim quote: the quote is cut from the source, never read
 * back from the page.
 */
import { annotate, type QuoteRef } from '../story/passages';
import type { StoryInput } from './work';

export interface ArticleRun {
	text: string;
	start: number;
	/** Ids of the facts (events) that quote it. */
	facts: string[];
	/** One of those facts is still a draft. */
	draft: boolean;
}

/** The events' quotes, the passages the review pane highlights. */
export function factRefs(story: StoryInput): QuoteRef[] {
	return story.events.flatMap((event) =>
		event.provenance.flatMap((proof) =>
			'quote' in proof ? [{ kind: 'event' as const, id: event.id, quote: proof.quote }] : []
		)
	);
}

export function articleRuns(source: string, story: StoryInput): ArticleRun[][] {
	const drafts = new Set(story.events.filter((e) => e.review === 'draft').map((e) => e.id));
	let cursor = 0;
	return annotate(source, factRefs(story)).map((paragraph) => {
		const first = paragraph.runs[0]?.text ?? '';
		let at = source.indexOf(first, cursor);
		if (at < 0) at = cursor;
		return paragraph.runs.map((run) => {
			const facts = [...new Set(run.refs.map((r) => r.id))];
			const item = { text: run.text, start: at, facts, draft: facts.some((f) => drafts.has(f)) };
			at += run.text.length;
			cursor = at;
			return item;
		});
	});
}

/** The quote between two offsets of the source, trimmed of the white space around it. */
export function quoteBetween(source: string, a: number, b: number): string | undefined {
	const [from, to] = a <= b ? [a, b] : [b, a];
	const quote = source.slice(Math.max(0, from), Math.min(source.length, to)).trim();
	return quote === '' ? undefined : quote;
}
