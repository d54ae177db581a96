/**
 * New facts, as a person makes them in the studio: from a passage of the article (its quote
 * is the passage) or from an outside source (its proof is the source, with what it says).
 * A fact from a passage starts as a draft on the publication day: the person gives its date
 * and accepts it, as with the machine's drafts.
 */
import { withFrenchSpacing } from '../story/typography';
import { rejectedHost, hostOf, type SourceKind } from '../story/sources';
import { eventId, sourceId } from './ids';
import type { EventInput, SourceInput, StoryInput } from './work';

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

function shorten(text: string, max = 90): string {
	const clean = squash(text);
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/** A text in the story's language and English; French gets its no-break spaces. */
function both(story: StoryInput, text: string, english = text): Record<string, string> {
	const own = story.language === 'fr' ? withFrenchSpacing(text) : text;
	return story.language === 'en' ? { en: english } : { [story.language]: own, en: english };
}

export function quoteFact(story: StoryInput, quote: string): EventInput {
	const title = both(story, shorten(quote));
	const date = { edtf: story.published.edtf };
	return {
		id: eventId(
			story.events.map((e) => e.id),
			{ date, title },
			story.language
		),
		title,
		summary: both(story, squash(quote)),
		date,
		category: 'statement',
		places: [],
		actors: [],
		provenance: [{ quote }],
		review: 'draft'
	};
}

export interface ContextInput {
	publisher: string;
	url: string;
	kind: SourceKind;
	pageTitle: string;
	/** EDTF of the page's date, when it shows one. */
	pageDate?: string;
	/** The page's language, as a code ("id"), when it is not the story's. */
	pageLanguage?: string;
	/** What the source says, in English. */
	says: string;
	/** The fact in the story's language and in English. */
	fact: string;
	factEn: string;
	date: EventInput['date'];
}

/** What is weak or wrong about a context fact's source, as keys the form says in words. */
export type ContextWarning = 'rejected' | 'bad-url' | 'undated' | 'weak-kind';

export function contextWarnings(input: Pick<ContextInput, 'url' | 'kind' | 'pageDate'>): {
	warnings: ContextWarning[];
	why?: string;
} {
	const warnings: ContextWarning[] = [];
	const url = input.url.trim();
	const rejected = url ? rejectedHost(url) : undefined;
	if (url && (!/^https?:\/\//iu.test(url) || !hostOf(url))) warnings.push('bad-url');
	if (rejected) warnings.push('rejected');
	if (!input.pageDate) warnings.push('undated');
	if (input.kind === 'other') warnings.push('weak-kind');
	return { warnings, ...(rejected && { why: rejected.why }) };
}

/** What names an outside source: the same fields wherever a source is given in the studio. */
export type SourceFieldsInput = Pick<
	ContextInput,
	'publisher' | 'url' | 'kind' | 'pageTitle' | 'pageDate' | 'pageLanguage'
>;

export const emptySource = (): SourceFieldsInput => ({
	publisher: '',
	url: '',
	kind: 'press',
	pageTitle: ''
});

/** A new outside source for the story, with an id no source has; undefined when refused. */
export function outsideSource(
	story: StoryInput,
	input: SourceFieldsInput
): SourceInput | undefined {
	const { warnings } = contextWarnings(input);
	if (warnings.includes('rejected') || warnings.includes('bad-url')) return undefined;
	return {
		id: sourceId(
			(story.sources ?? []).map((s) => s.id),
			input.publisher,
			input.pageDate
		),
		...(input.pageTitle.trim() && { title: input.pageTitle.trim() }),
		publisher: input.publisher.trim(),
		kind: input.kind,
		url: input.url.trim(),
		...(input.pageDate && { date: input.pageDate }),
		...(input.pageLanguage?.trim() && { language: input.pageLanguage.trim().toLowerCase() })
	};
}

/** The source and the event of a context fact; undefined when the source is refused. */
export function contextFact(
	story: StoryInput,
	input: ContextInput
): { source: SourceInput; event: EventInput } | undefined {
	const source = outsideSource(story, input);
	if (!source) return undefined;
	const title = both(story, shorten(input.fact), shorten(input.factEn || input.fact));
	const event: EventInput = {
		id: eventId(
			story.events.map((e) => e.id),
			{ date: input.date, title },
			story.language
		),
		title,
		summary: both(story, squash(input.fact), squash(input.factEn || input.fact)),
		date: input.date,
		category: 'statement',
		places: [],
		actors: [],
		provenance: [{ source: source.id, detail: squash(input.says) }]
	};
	return { source, event };
}
