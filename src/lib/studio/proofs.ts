/**
 * A proof as a person gives it in the studio, wherever one is asked for (a fact, a state's
 * membership or status): a passage of the article, word for word, and or an outside source
 * (one the story cites already, or a new one) with what it says.
 */
import { findQuote } from '../story/passages';
import { emptySource, outsideSource, type SourceFieldsInput } from './facts';
import type { Proof, SourceInput, StoryInput } from './work';

/** `source`: the id of a source the story cites, `NEW_SOURCE`, or '' for none. */
export interface ProofDraft {
	quote: string;
	source: string;
	newSource: SourceFieldsInput;
	/** What the source says, in English. */
	detail: string;
}

export const NEW_SOURCE = '+new';

export const emptyProof = (): ProofDraft => ({
	quote: '',
	source: '',
	newSource: emptySource(),
	detail: ''
});

export type ProofProblem = 'empty' | 'not-verbatim' | 'source-incomplete' | 'source-refused';

export type ReadProof =
	{ ok: true; provenance: Proof[]; sources: SourceInput[] } | { ok: false; problem: ProofProblem };

/**
 * The proofs a draft gives, and the new source to add with them. The quote is cut from the
 * article, so it is verbatim whatever spaces were typed; a new source's id is made from
 * its publisher and the page's year (ids.ts).
 */
export function readProof(story: StoryInput, article: string, draft: ProofDraft): ReadProof {
	const provenance: Proof[] = [];
	const sources: SourceInput[] = [];
	const quote = draft.quote.trim();
	if (quote) {
		const at = findQuote(article, quote);
		if (!at) return { ok: false, problem: 'not-verbatim' };
		provenance.push({ quote: article.slice(at[0], at[1]) });
	}
	let id: string | undefined;
	if (draft.source === NEW_SOURCE) {
		const fields = draft.newSource;
		if (!fields.publisher.trim() || !fields.url.trim())
			return { ok: false, problem: 'source-incomplete' };
		const made = outsideSource(story, fields);
		if (!made) return { ok: false, problem: 'source-refused' };
		sources.push(made);
		id = made.id;
	} else if (draft.source && (story.sources ?? []).some((s) => s.id === draft.source))
		id = draft.source;
	if (id) {
		const detail = draft.detail.replace(/\s+/gu, ' ').trim();
		provenance.push({ source: id, ...(detail && { detail }) });
	}
	return provenance.length > 0
		? { ok: true, provenance, sources }
		: { ok: false, problem: 'empty' };
}
