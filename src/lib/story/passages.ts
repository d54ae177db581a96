/**
 * The source article cut into paragraphs and runs, each run knowing which dataset entries
 * quote it. This is how the annotated article highlights the passages that support the
 * dataset and leaves the rest plain.
 */
import type { Provenance, Story } from './schema';

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

/** A passage of the source that is not reporting, with what it is. */
export interface Furniture {
	quote: string;
	label: Record<string, string>;
}

export interface Paragraph {
	runs: Run[];
	/** Set when the paragraph is page furniture (a stock biography, a comment form): never reporting. */
	furniture?: Furniture;
}

/**
 * Where `quote` occurs in `text`, character for character (as the validator checks it),
 * as [start, end) offsets into `text`; undefined when it does not occur or is blank.
 */
export function findQuote(text: string, quote: string): [number, number] | undefined {
	if (quote.trim() === '') return undefined;
	const start = text.indexOf(quote);
	return start === -1 ? undefined : [start, start + quote.length];
}

/** Cut `sourceText` into paragraphs (blank-line separated) and runs between quote boundaries. */
export function annotate(
	sourceText: string,
	refs: QuoteRef[],
	furniture: Furniture[] = []
): Paragraph[] {
	const spans = refs.flatMap((ref) => {
		const at = findQuote(sourceText, ref.quote);
		return at ? [{ ref, start: at[0], end: at[1] }] : [];
	});
	const furnitureSpans = furniture.flatMap((item) => {
		const at = findQuote(sourceText, item.quote);
		return at ? [{ item, start: at[0], end: at[1] }] : [];
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
		const furnitureHere = furnitureSpans.find((f) => f.start < end && f.end > start)?.item;
		paragraphs.push({ runs: mergeRuns(runs), ...(furnitureHere && { furniture: furnitureHere }) });
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

/** Every quote in a story with the entry it supports, for the annotated article. */
export function quoteRefs(story: Story): QuoteRef[] {
	const refs: QuoteRef[] = [];
	const add = (kind: QuoteRef['kind'], id: string, provenance: Provenance[]) => {
		for (const proof of provenance)
			if ('quote' in proof) refs.push({ kind, id, quote: proof.quote });
	};
	for (const event of story.events) {
		add('event', event.id, event.provenance);
		for (const note of event.notes) add('event', event.id, note.provenance);
	}
	for (const entry of story.attendance) add('attendance', entry.state, entry.provenance);
	for (const membership of story.memberships)
		add('membership', membership.state, membership.provenance);
	for (const actor of story.actors) {
		add('actor', actor.id, actor.kind === 'person' ? actor.role.provenance : actor.provenance);
	}
	for (const place of story.places)
		if (place.kind !== 'country') add('place', place.id, place.provenance);
	if (story.agency) add('story', '', story.agency.provenance);
	if (story.byline) add('story', '', story.byline.provenance);
	return refs;
}

/** The id of an event's first passage in the annotated article. */
export const passageId = (eventId: string) => `passage-${eventId}`;
