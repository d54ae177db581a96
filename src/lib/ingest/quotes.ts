/**
 * Quotations in an article (« … », “ … ” and " … "), each with its speaker when the sentence
 * names one: "a-t-il déclaré" (the last person named), "a rapporté le ministre … Sergueï
 * Aleinik", "said Jens Stoltenberg", "selon le Kremlin".
 */
import { fold, sentences, type Span } from './text';
import type { ActorFound, ActorMention } from './actors';

export interface QuoteFound extends Span {
	/** The words inside the quotation marks. */
	inner: Span;
	/** Index into the actors list. */
	speaker?: number;
	/** The attribution as the article words it ("a-t-il déclaré", "said"). */
	attribution?: Span;
}

const SPEECH =
	/(?<![\p{L}])(?:a(?:-t-(?:il|elle))?\s+(?:déclaré|dit|indiqué|souligné|ajouté|affirmé|estimé|expliqué|rapporté|assuré|averti|annoncé|martelé|insisté|lancé|écrit|confié|précisé|jugé|réagi)|(?:déclare|indique|souligne|ajoute|affirme|estime|explique|assure|précise)-t-(?:il|elle)|selon|d'après|said|says|told|wrote|added|stated|declared|warned|according to)(?![\p{L}])/giu;
const PRONOUN =
	/-t-(?:il|elle)(?![\p{L}])|\b(?:he|she)\s+(?:said|says|told|wrote|added|stated|warned)\b|\b(?:il|elle)\s+a\s+(?:déclaré|dit|ajouté)/iu;

/** Every quotation of at least `minWords` words, with its speaker when the sentence gives one. */
export function findQuotes(
	text: string,
	actors: ActorFound[],
	mentions: ActorMention[],
	minWords = 4
): QuoteFound[] {
	const folded = fold(text);
	const spans: Span[] = [];
	// « … » may hold “ … ” inside; straight and curly double quotes pair up within a paragraph.
	for (const m of folded.matchAll(/«\s*([^»]*?)\s*»|"([^"\n]+)"/gu)) {
		spans.push({
			start: m.index,
			end: m.index + m[0].length,
			text: text.slice(m.index, m.index + m[0].length)
		});
	}
	const all = sentences(text);
	const quotes: QuoteFound[] = [];
	for (const span of spans) {
		const innerStart = span.start + 1 + (/^.\s+/u.exec(span.text)?.[0].length ?? 1) - 1;
		const innerEnd = span.end - 1 - (/\s+.$/u.exec(span.text)?.[0].length ?? 1) + 1;
		const inner = { start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd) };
		if (inner.text.split(/\s+/u).length < minWords) continue;
		const sentence = all.find((s) => s.start <= span.start && s.end >= span.start);
		const quote: QuoteFound = { ...span, inner };
		if (sentence) Object.assign(quote, attribute(folded, sentence, span, actors, mentions));
		quotes.push(quote);
	}
	return quotes;
}

function attribute(
	folded: string,
	sentence: Span,
	quote: Span,
	actors: ActorFound[],
	mentions: ActorMention[]
): Pick<QuoteFound, 'speaker' | 'attribution'> {
	// The words of the sentence outside the quotation.
	const outside = (pos: number) => pos < quote.start || pos >= quote.end;
	const verbs = [...folded.slice(sentence.start, sentence.end).matchAll(SPEECH)]
		.map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }))
		.filter((v) => outside(v.start));
	const inSentence = mentions.filter(
		(m) => m.start >= sentence.start && m.end <= sentence.end && outside(m.start)
	);
	for (const verb of verbs) {
		const attribution = { ...verb, text: folded.slice(verb.start, verb.end) };
		const phrase = folded.slice(verb.start, Math.min(sentence.end, verb.end + 80));
		if (PRONOUN.test(folded.slice(verb.start - 4, verb.end + 12))) {
			const before = mentions.filter(
				(m) => m.end <= verb.start && actors[m.actor]?.kind === 'person'
			);
			const last = before.at(-1);
			if (last) return { speaker: last.actor, attribution };
		}
		// Inverted ("a rapporté le ministre … Aleinik", "said X", "selon le Kremlin"): the first name after the verb, in its clause.
		const clauseEnd =
			verb.end + (/[.;«"]/u.exec(phrase.slice(verb.end - verb.start))?.index ?? phrase.length);
		const after = inSentence.find((m) => m.start >= verb.end && m.start <= clauseEnd);
		if (after) return { speaker: after.actor, attribution };
		// Subject before the verb ("Loukachenko, …, a ajouté").
		// The subject of the sentence wins over a name inside an aside ("Loukachenko, allié du Kremlin, a ajouté").
		const before = inSentence.filter((m) => m.end <= verb.start);
		const firstComma = folded.indexOf(',', sentence.start);
		const subject =
			before[0] && (firstComma < 0 || before[0].end <= firstComma) ? before[0] : before.at(-1);
		if (subject) return { speaker: subject.actor, attribution };
	}
	return {};
}
