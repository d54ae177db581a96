/**
 * Article → draft story. Pure TypeScript: runs in Node (the `npm run ingest` command) and in
 * the browser (the studio). Every drafted fact carries the article's own words as its proof
 * and `review: 'draft'` until a person accepts it; no date is drafted that the text does not
 * give (a statement with no date words falls on the publication day, and says so in a note).
 */
import { findDates, parseYmd, type DateMention, type Lang } from './dates';
import {
	cities,
	countryName,
	findPlaces,
	isCapital,
	timeZoneOf,
	type City,
	type PlaceMention
} from './places';
import { findActors, type ActorFound, type ActorMention } from './actors';
import { findQuotes, type QuoteFound } from './quotes';
import { extractArticle, type FurnitureKind, type ParseHtml } from './html';
import { layoutOf } from './layout';
import { coordinatesProof, geonamesSource } from './geonames';
import { detectLanguage } from './language';
import { fold, sentences, slug, uniqueId, verbatim, type Sentence } from './text';
import { stringify } from 'yaml';
import type { SourceKind } from '../story/sources';
import { withFrenchSpacing } from '../story/typography';
import { checkQuoteLength } from '../story/text-rules';
import { categoryOf, attendanceIn, isMembershipSentence, SUMMIT, type Status } from './events';

export type { Lang } from './dates';

export interface IngestInput {
	text?: string;
	html?: string;
	/** YYYY-MM-DD */
	published: string;
	lang?: Lang;
	id?: string;
	parseHtml?: ParseHtml;
}

type Localized = Record<string, string>;
type Proof = { quote: string } | { source: string; detail?: string };
type DraftNote = { kind: 'clarification' | 'editorial'; text: Localized; provenance: Proof[] };

export interface DraftEvent {
	id: string;
	title: Localized;
	summary: Localized;
	date: { edtf: string; partOfDay?: string; timeZone?: string; wording?: string };
	category: string;
	places: string[];
	actors: string[];
	provenance: Proof[];
	notes?: DraftNote[];
	review: 'draft';
}

/** A story as plain data, in the shape of src/lib/story/schema.ts, ready for YAML. */
export interface DraftStory {
	id: string;
	language: Lang;
	review: 'draft';
	title: Localized;
	dek: Localized;
	byline?: { name: string; provenance: Proof[] };
	published: { edtf: string; established: DraftNote };
	/** `actor` is left out when the article names no organisation. */
	organisation: { actor?: string; summit: string };
	editorialNotes?: DraftNote[];
	furniture: { quote: string; label: Localized; review: 'draft' }[];
	sources: { id: string; title?: string; publisher: string; kind: SourceKind; url: string }[];
	places: Record<string, unknown>[];
	actors: Record<string, unknown>[];
	events: DraftEvent[];
	memberships: Record<string, unknown>[];
	attendance: Record<string, unknown>[];
}

export interface IngestResult {
	id: string;
	lang: Lang;
	source: string;
	story: DraftStory;
	summary: { drafted: Record<string, number>; unresolved: string[] };
}

/** Bad input, said plainly; the command line prints the message and exits non-zero. */
export class IngestError extends Error {}

/** Articles longer than this are refused rather than drafted slowly. */
export const MAX_CHARACTERS = 200_000;

const FURNITURE_LABEL: Record<FurnitureKind | 'headline', Localized> = {
	headline: {
		fr: 'Titre sans rapport avec l’article (probable erreur de mise en ligne)',
		en: 'Headline unrelated to the article (probably a publishing error)'
	},
	byline: { fr: 'Signature', en: 'Byline' },
	author: { fr: 'Présentation de l’auteur', en: 'Author blurb' },
	share: { fr: 'Boutons de partage', en: 'Share buttons' },
	comments: { fr: 'Formulaire de commentaire', en: 'Comment form' }
};
const NO_ROLE: Localized = {
	fr: 'rôle non précisé par l’article',
	en: 'role not given in the article'
};
const UNDATED: Localized = {
	fr: 'L’article ne date pas ce fait : la date de publication en tient lieu, à vérifier.',
	en: 'The article does not date this: the publication date stands in, to be checked.'
};
const ANNOUNCED: Localized = {
	fr: 'L’article annonce ce fait : sa date est après la publication, il dit ce qui était prévu, pas ce qui a eu lieu.',
	en: 'The article announces this: its date is after publication, so it says what was planned, not what happened.'
};
const SINCE: Localized = {
	fr: 'L’article dit « depuis » : l’intervalle va de la date qu’il donne à la publication.',
	en: 'The article says “since”: the interval runs from the date it gives to publication.'
};
const REMOTE: Localized = {
	fr: 'Participation à distance, selon l’article.',
	en: 'Took part remotely, according to the article.'
};
const MEMBER_SINCE: Localized = {
	fr: 'L’article dit que cet État est membre à la date de publication ; il ne dit pas depuis quand.',
	en: 'The article says this state is a member on the day of publication; it does not say since when.'
};

const TYPO: Localized = {
	fr: 'Mot répété : probable coquille de la copie.',
	en: 'Repeated word: probably a typo in the copy.'
};

const squashText = (text: string) => text.replace(/\s+/gu, ' ').trim();

function shorten(text: string, max = 90): string {
	const clean = squashText(text).replace(/[.;:,]$/u, '');
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:–-]$/u, '')}…`;
}

/** The source text: plain text as given (line endings made \n), or the article extracted from HTML. */
function sourceOf(input: IngestInput): {
	source: string;
	htmlFurniture: { kind: FurnitureKind; text: string }[];
} {
	if (input.html !== undefined) {
		if (!input.parseHtml)
			throw new IngestError(
				'HTML input needs a parseHtml function (linkedom in Node, DOMParser in a browser)'
			);
		const page = extractArticle(input.html, input.parseHtml);
		const parts = [page.title ?? '', ...page.paragraphs].filter(Boolean);
		const furniture = page.furniture.filter((f) => !parts.includes(f.text));
		return {
			source: [...parts, ...furniture.map((f) => f.text)].join('\n\n') + '\n',
			htmlFurniture: furniture
		};
	}
	return { source: (input.text ?? '').replace(/\r\n?/gu, '\n'), htmlFurniture: [] };
}

/** Whether a date is a day within three days of publication: the days a summit report covers. */
function nearPublication(edtf: string, published: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/u.test(edtf)) return false;
	return Math.abs(Date.parse(edtf) - Date.parse(published)) <= 3 * 86_400_000;
}

/**
 * Every French text of a draft (`fr:` keys) with French spacing, as the validator asks.
 * Quotes and wordings sit under other keys: they keep the article's own characters.
 */
function frenchSpaced<T>(value: T): T {
	if (Array.isArray(value)) return value.map(frenchSpaced) as T;
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => [
			key,
			key === 'fr' && typeof item === 'string' ? withFrenchSpacing(item) : frenchSpaced(item)
		])
	) as T;
}

/**
 * Cities that are more likely something else are dropped: one followed by another capitalised
 * word is a first name ("Vladimir Poutine"), and a city that is not a capital, in a country the
 * article never names, is more likely a namesake ("Bali", a town in India, for the island).
 */
function plausiblePlaces(text: string, places: PlaceMention[]): PlaceMention[] {
	const named = new Set(places.filter((p) => p.kind === 'country').map((p) => p.iso3));
	return places.filter((p) => {
		if (!p.city) return true;
		if (/^ \p{Lu}\p{Ll}/u.test(text.slice(p.end, p.end + 3))) return false;
		return named.has(p.iso3) || isCapital(p.city);
	});
}

export function ingest(input: IngestInput): IngestResult {
	try {
		parseYmd(input.published);
	} catch (error) {
		throw new IngestError(`--published: ${(error as Error).message}`);
	}
	const { source, htmlFurniture } = sourceOf(input);
	if (source.trim() === '') throw new IngestError('the article is empty');
	if (source.length > MAX_CHARACTERS)
		throw new IngestError(
			`the article has ${source.length} characters, more than the ${MAX_CHARACTERS} allowed`
		);
	if (source.includes('\u0000'))
		throw new IngestError('the article is not text (it holds NUL bytes)');

	const layout = layoutOf(source);
	// Lines that came from the page's furniture in HTML input are furniture here too.
	for (const f of htmlFurniture) {
		const start = source.lastIndexOf(f.text);
		if (start < 0) continue;
		layout.furniture.push({ start, end: start + f.text.length, text: f.text, kind: f.kind });
		if (start < layout.body.end) layout.body.end = Math.min(layout.body.end, start);
		if (f.kind === 'byline' && !layout.byline)
			layout.byline = { start, end: start + f.text.length, text: f.text };
	}
	// The extractors see the body only: everything else is blanked, offsets kept.
	const body =
		' '.repeat(layout.body.start) +
		source.slice(layout.body.start, layout.body.end) +
		' '.repeat(source.length - layout.body.end);
	const lang = input.lang ?? detectLanguage(source.slice(layout.body.start, layout.body.end));
	const draft = new Drafter(source, body, lang, input.published);
	const story = frenchSpaced(draft.story(layout, input.id));
	return { id: story.id, lang, source, story, summary: draft.summary(story) };
}

interface PlaceRef {
	id: string;
	iso3: string;
}

/** Builds the draft: ids, places, actors and events, each with its proof. */
class Drafter {
	private readonly placeIds = new Set<string>();
	private readonly actorIds = new Set<string>();
	private readonly eventIds = new Set<string>();
	private readonly places = new Map<string, Record<string, unknown>>();
	private readonly sources = new Map<string, DraftStory['sources'][number]>();
	private readonly unresolved: string[] = [];
	private dates: DateMention[];
	private readonly placeMentions: PlaceMention[];
	private readonly actors: ActorFound[];
	private readonly actorMentions: ActorMention[];
	private readonly quotes: QuoteFound[];
	private readonly actorIdOf: string[] = [];

	constructor(
		private readonly source: string,
		private readonly body: string,
		private readonly lang: Lang,
		private readonly published: string
	) {
		this.dates = findDates(body, lang, published);
		this.placeMentions = plausiblePlaces(body, findPlaces(body, lang));
		({ actors: this.actors, mentions: this.actorMentions } = findActors(body, lang));
		this.quotes = findQuotes(body, this.actors, this.actorMentions);
		// "today" inside a quotation is the speaker's day, not one the article gives.
		this.dates = this.dates.filter(
			(d) => !this.quotes.some((q) => q.start <= d.start && q.end >= d.end)
		);
	}

	private quote(start: number, end: number): { quote: string } {
		return { quote: this.source.slice(start, end).trim() };
	}

	/**
	 * The passage naming an actor, or its whole sentence when the name alone is too short
	 * to prove anything ("AFP", "EFE"): check:data refuses quotes under five letters.
	 */
	private actorProof(passage: { start: number; end: number }): { quote: string } {
		const proof = this.quote(passage.start, passage.end);
		if (!checkQuoteLength(proof.quote)) return proof;
		const around = sentences(this.body).find(
			(s) => s.start <= passage.start && s.end >= passage.end
		);
		return around ? this.quote(around.start, around.end) : proof;
	}

	private localized(text: string): Localized {
		return this.lang === 'en' ? { en: text } : { [this.lang]: text, en: text };
	}

	/** The country place for a state, drafted once. */
	private country(iso3: string): PlaceRef {
		const id = iso3.toLowerCase();
		if (!this.places.has(id)) {
			this.placeIds.add(id);
			this.places.set(id, { kind: 'country', id, iso3, name: countryName(iso3), review: 'draft' });
		}
		return { id, iso3 };
	}

	private city(mention: PlaceMention & { city: City }, sentence: Sentence): PlaceRef {
		const existing = [...this.places.values()].find(
			(p) => p.kind === 'city' && (p as { geonames?: number }).geonames === mention.city.geonames
		);
		if (existing) return { id: existing.id as string, iso3: mention.iso3 };
		const id = uniqueId(slug(mention.city.names[0]!, 4), this.placeIds);
		const source = geonamesSource(mention.city);
		this.sources.set(source.id, source);
		const other = mention.city.names[1] ?? mention.city.names[0]!;
		this.places.set(id, {
			kind: 'city',
			id,
			name:
				this.lang === 'fr'
					? { fr: mention.text, en: mention.city.names[0]! }
					: { en: mention.text, fr: other },
			country: mention.iso3,
			coordinates: { lat: mention.city.lat, lon: mention.city.lon },
			provenance: [this.quote(sentence.start, sentence.end), coordinatesProof(mention.city)],
			review: 'draft',
			geonames: mention.city.geonames
		});
		this.country(mention.iso3);
		return { id, iso3: mention.iso3 };
	}

	private placesIn(sentence: Sentence): PlaceRef[] {
		const refs: PlaceRef[] = [];
		for (const m of this.placeMentions) {
			if (m.start < sentence.start || m.end > sentence.end) continue;
			if (
				this.actorMentions.some(
					(a) => a.start <= m.start && a.end >= m.end && this.actors[a.actor]?.kind === 'person'
				)
			)
				continue;
			refs.push(
				m.city ? this.city(m as PlaceMention & { city: City }, sentence) : this.country(m.iso3)
			);
		}
		return refs.filter((r, i) => refs.findIndex((s) => s.id === r.id) === i);
	}

	private actorsIn(sentence: Sentence, extra: number[] = []): string[] {
		const found = this.actorMentions
			.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
			.map((m) => m.actor);
		return [...new Set([...extra, ...found])].map((i) => this.actorIdOf[i]!).filter(Boolean);
	}

	private draftActors(): Record<string, unknown>[] {
		return this.actors.map((actor, i) => {
			const base = actor.kind === 'person' ? actor.name : (actor.acronym ?? actor.name);
			const id = uniqueId(
				slug(actor.kind === 'person' ? actor.name.split(' ').at(-1)! : base, 5),
				this.actorIds
			);
			this.actorIdOf[i] = id;
			const proof = this.actorProof(actor.passage);
			if (actor.kind === 'person') {
				if (!actor.role) this.unresolved.push(`role of ${actor.name}`);
				return {
					kind: 'person',
					id,
					name: { fr: actor.name, en: actor.name },
					...(actor.iso3 && { country: actor.iso3 }),
					role: { text: actor.role ? this.localized(actor.role) : NO_ROLE, provenance: [proof] },
					review: 'draft'
				};
			}
			const name =
				actor.acronym && actor.acronym !== actor.name
					? `${actor.name} (${actor.acronym})`
					: actor.name;
			return {
				kind: 'organisation',
				id,
				name: this.localized(name),
				...(actor.iso3 && { country: actor.iso3 }),
				provenance: [proof],
				review: 'draft'
			};
		});
	}

	private event(
		sentence: Sentence,
		date: DraftEvent['date'] | undefined,
		fields: Partial<DraftEvent> & { titleText: string; category: string }
	): DraftEvent {
		const { titleText, ...rest } = fields;
		const notes: DraftNote[] = [...(fields.notes ?? [])];
		if (!date)
			notes.push({
				kind: 'clarification',
				text: UNDATED,
				provenance: [this.quote(sentence.start, sentence.end)]
			});
		// A date after the publication day is an announcement, not a report.
		else if (date.edtf.split('/')[0]!.replace(/[~?%]/gu, '') > this.published)
			notes.push({
				kind: 'clarification',
				text: ANNOUNCED,
				provenance: [this.quote(sentence.start, sentence.end)]
			});
		return {
			id: uniqueId(slug(titleText, 6), this.eventIds),
			title: this.localized(shorten(titleText)),
			summary: this.localized(squashText(sentence.text)),
			date: date ?? { edtf: this.published },
			places: [],
			actors: [],
			provenance: [this.quote(sentence.start, sentence.end)],
			...rest,
			...(notes.length > 0 && { notes }),
			review: 'draft'
		};
	}

	/** A part of day is in the local hours of the event's place: its city's, else its state's time zone. */
	private withZone(date: DraftEvent['date'], places: PlaceRef[]): DraftEvent['date'] {
		if (!date.partOfDay) return date;
		const city = [...this.places.values()].find(
			(p) => p.kind === 'city' && places.some((r) => r.id === p.id)
		) as { country: string; geonames: number } | undefined;
		const cityFound = city && cities().find((c) => c.geonames === city.geonames);
		const zone =
			(city && timeZoneOf(city.country, cityFound)) ??
			places.map((p) => timeZoneOf(p.iso3)).find((z) => z !== undefined);
		if (!zone)
			this.unresolved.push(`time zone for "${date.wording ?? date.edtf}" (UTC hours used)`);
		return zone ? { ...date, timeZone: zone } : date;
	}

	private dateOf(mention: DateMention): DraftEvent['date'] {
		return {
			edtf: mention.edtf,
			...(mention.partOfDay && { partOfDay: mention.partOfDay }),
			...(mention.relative && { wording: mention.wording.trim() })
		};
	}

	story(layout: ReturnType<typeof layoutOf>, id?: string): DraftStory {
		const actors = this.draftActors();
		const body = sentences(this.body).filter(
			(s) => s.start >= layout.body.start && s.end <= layout.body.end
		);
		if (body.length === 0) throw new IngestError('the article has no body text after its headline');
		const events: DraftEvent[] = [];
		const summits: { event: DraftEvent; places: PlaceRef[] }[] = [];
		const attendance = new Map<string, { status: Status; proof: Proof; remote: boolean }>();
		const members = new Map<string, Proof>();

		for (const sentence of body) {
			const places = this.placesIn(sentence);
			const quotes = this.quotes.filter((q) => q.start >= sentence.start && q.start < sentence.end);
			const speakers = quotes.flatMap((q) => (q.speaker === undefined ? [] : [q.speaker]));
			const actorIds = this.actorsIn(sentence, speakers);
			const dates = this.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
			if (places.length === 0 && actorIds.length === 0 && dates.length === 0 && quotes.length === 0)
				continue;
			const words = fold(sentence.text);
			// Names say nothing of what happened ("Traité" in an organisation's name is no treaty).
			let plain = words;
			for (const m of this.actorMentions)
				if (m.start >= sentence.start && m.end <= sentence.end)
					plain =
						plain.slice(0, m.start - sentence.start) +
						' '.repeat(m.end - m.start) +
						plain.slice(m.end - sentence.start);
			const category = categoryOf(plain, this.lang, quotes.length > 0);
			const speaker = speakers[0] === undefined ? undefined : this.actors[speakers[0]];
			const mainQuote = quotes[0];
			const titleText =
				speaker && mainQuote
					? `${speaker.name.split(' ').at(-1)} : « ${shorten(mainQuote.inner.text, 70)} »`
					: sentence.text;
			const first = dates[0];
			const fields = { titleText, category, places: places.map((p) => p.id), actors: actorIds };
			const event = this.event(
				sentence,
				first && this.withZone(this.dateOf(first), places),
				fields
			);
			for (const q of quotes) event.provenance.push(this.quote(q.inner.start, q.inner.end));
			events.push(event);
			// Each further date in the sentence is a statement of its own ("La veille, X avait accepté…, a annoncé Y lundi soir").
			for (const other of dates.slice(1)) {
				const more = this.event(sentence, this.withZone(this.dateOf(other), places), {
					...fields,
					titleText: sentence.text
				});
				more.provenance = [...event.provenance];
				events.push(more);
			}
			// "…il y a un an, et a depuis pris des mesures": since that date, until publication.
			const since =
				first &&
				/\b(?:a|ont|has|have)\s+(?:depuis|since)\s+\p{L}+/u.exec(
					words.slice(first.end - sentence.start)
				);
			if (first && since) {
				const at = first.end + since.index;
				const clause = { ...sentence, start: at, text: this.source.slice(at, sentence.end) };
				events.push(
					this.event(
						clause,
						{
							edtf: `${first.edtf}/${this.published}`,
							wording: this.source.slice(at, at + since[0].length)
						},
						{
							...fields,
							titleText: clause.text,
							notes: [
								{
									kind: 'clarification',
									text: SINCE,
									provenance: [
										this.quote(at, at + since[0].length),
										this.quote(first.start, first.end)
									]
								}
							]
						}
					)
				);
				// The date it runs from is in the sentence, not the clause: the sentence is proof too.
				events.at(-1)!.provenance.push(this.quote(sentence.start, sentence.end));
			}
			// A summit the sentence speaks of: its own event, at the city named just after the word.
			const summitWord = SUMMIT[this.lang].exec(words);
			if (summitWord) {
				const wordAt = sentence.start + summitWord.index;
				// The city the sentence names after the word ("sommet … à Minsk"), else before it ("à Vilnius … pour un sommet").
				const inSentence = this.placeMentions.filter(
					(m) => m.city && m.start >= sentence.start && m.end <= sentence.end
				);
				const city =
					inSentence.find((m) => m.start > wordAt) ??
					inSentence.filter((m) => m.end < wordAt).at(-1);
				const cityRef = city ? places.filter((p) => p.iso3 === city.iso3) : [];
				const near = dates.sort(
					(a, b) => Math.abs(a.start - wordAt) - Math.abs(b.start - wordAt)
				)[0];
				const date = near && this.dateOf(near);
				const phraseEnd =
					city && city.start > wordAt && city.end - wordAt <= 60
						? city.end
						: wordAt + summitWord[0].length;
				const org = this.actorMentions.find(
					(m) =>
						m.start >= sentence.start &&
						m.end <= sentence.end &&
						this.actors[m.actor]?.kind === 'organisation'
				);
				const same = summits.find(
					(s) =>
						s.event.date.edtf === (date?.edtf ?? this.published) &&
						(cityRef.length === 0 ||
							s.places.length === 0 ||
							s.places.some((p) => cityRef.some((c) => c.id === p.id)))
				);
				if (same) {
					same.event.provenance.push(this.quote(sentence.start, sentence.end));
					if (same.places.length === 0 && cityRef.length > 0) {
						same.places = cityRef;
						same.event.places = [
							...new Set([...cityRef.map((p) => p.id), ...cityRef.map((p) => p.iso3.toLowerCase())])
						];
					}
				} else {
					const summit = this.event(sentence, date, {
						titleText: this.source.slice(wordAt, phraseEnd),
						category: 'summit',
						places: [
							...new Set([...cityRef.map((p) => p.id), ...cityRef.map((p) => p.iso3.toLowerCase())])
						],
						actors: org ? [this.actorIdOf[org.actor]!] : []
					});
					summit.provenance = [
						this.quote(wordAt, phraseEnd),
						this.quote(sentence.start, sentence.end)
					];
					summit.title = this.localized(shorten(this.source.slice(wordAt, phraseEnd)));
					summits.push({ event: summit, places: cityRef });
					events.push(summit);
				}
				if (cityRef[0] && !attendance.has(cityRef[0].iso3))
					attendance.set(cityRef[0].iso3, {
						status: 'host',
						proof: this.quote(wordAt, phraseEnd),
						remote: false
					});
			}
			// Who came and who stayed away.
			for (const entry of attendanceIn(
				words,
				sentence.start,
				this.lang,
				this.placeMentions,
				this.actorMentions,
				this.actors,
				dates.length > 0 && dates.every((d) => !nearPublication(d.edtf, this.published))
			)) {
				if (attendance.get(entry.iso3)?.status === 'host') continue;
				attendance.set(entry.iso3, {
					status: entry.status,
					proof: this.quote(
						Math.min(entry.start, entry.cueStart),
						Math.max(entry.end, entry.cueEnd)
					),
					remote: entry.remote
				});
				this.country(entry.iso3);
			}
			if (isMembershipSentence(words, this.lang))
				for (const p of places)
					if (!members.has(p.iso3)) members.set(p.iso3, this.quote(sentence.start, sentence.end));
		}
		if (events.length === 0)
			throw new IngestError(
				'the article names no date, place, person or organisation to draft a story from'
			);

		// The story's organisation: the one whose acronym the text expands, else the most named.
		const count = (i: number) => this.actorMentions.filter((m) => m.actor === i).length;
		const orgs = this.actors
			.map((a, i) => ({
				a,
				i,
				n: count(i) + (a.kind === 'organisation' && a.acronym && a.name !== a.acronym ? 100 : 0)
			}))
			.sort((x, y) => y.n - x.n);
		// Never a person, nor a state's own institution (the Kremlin, a ministry): with none
		// left, the draft names no organisation and says so.
		const organisation = orgs.find((o) => o.a.kind === 'organisation' && !o.a.iso3);
		if (!organisation)
			this.unresolved.push(
				'organisation (the article names none: left out, and no memberships drafted)'
			);
		const mainSummit =
			summits.find((s) => s.event.date.edtf === this.published && s.places.length > 0) ??
			summits.find((s) => s.event.date.edtf === this.published) ??
			summits[0];
		const summitEvent = mainSummit?.event ?? events[0]!;
		if (!mainSummit)
			this.unresolved.push('summit (no summit or meeting named: the first event stands in)');

		const attendanceList = mainSummit
			? [...attendance].map(([iso3, a]) => ({
					event: summitEvent.id,
					state: iso3,
					status: a.status,
					provenance: [a.proof],
					...(a.remote && {
						notes: [{ kind: 'clarification', text: REMOTE, provenance: [a.proof] }]
					}),
					review: 'draft'
				}))
			: [];
		// Members as of publication: only states the text calls members, of a named organisation.
		// A list that leaves out a host or an absentee of a summit held before publication
		// would contradict the attendance the text gives: then none is drafted (the map says
		// "membership not given") and the summary says why.
		const uncovered = attendanceList.filter(
			(a) =>
				a.status !== 'present' &&
				(!members.has(a.state) || summitEvent.date.edtf.split('/')[0]! < this.published)
		);
		if (organisation && members.size > 0 && uncovered.length > 0) {
			this.unresolved.push(
				`memberships (the text calls ${[...members.keys()].join(', ')} members as of publication, which does not cover ${uncovered.map((a) => `${a.state} (${a.status})`).join(', ')} at the summit: none drafted)`
			);
			members.clear();
		}
		const memberships = [...(organisation ? members : [])].map(([iso3, proof]) => {
			this.country(iso3);
			return {
				state: iso3,
				from: this.published,
				provenance: [proof],
				notes: [{ kind: 'clarification', text: MEMBER_SINCE, provenance: [proof] }],
				review: 'draft'
			};
		});
		for (const a of attendanceList) if (!members.has(a.state)) this.country(a.state);

		const titleLine = layout.title?.text ?? shorten(body[0]!.text);
		const dekSentence = body[0]!;
		const furniture = layout.furniture.map((f) => ({
			quote: f.text,
			label: FURNITURE_LABEL[f.kind],
			review: 'draft' as const
		}));
		const byline = layout.byline && {
			name: layout.byline.text.replace(/^(?:par|by)\s+/iu, ''),
			provenance: [{ quote: layout.byline.text }]
		};
		const places = [...this.places.values()].map((place) => {
			const { geonames, ...rest } = place;
			return geonames === undefined ? place : rest;
		});
		// A word written twice in a row ("réunion. réunion.", "the the"): a typo the reviewer should see.
		const editorialNotes: DraftNote[] = [];
		const bodyText = this.source.slice(layout.body.start, layout.body.end);
		for (const m of fold(bodyText).matchAll(/(?<![\p{L}])(\p{L}{2,})[.,]?\s+\1(?![\p{L}])/giu)) {
			const at = layout.body.start + m.index;
			editorialNotes.push({
				kind: 'editorial',
				text: TYPO,
				provenance: [this.quote(at, at + m[0].length)]
			});
			this.unresolved.push(`typo "${this.source.slice(at, at + m[0].length)}"`);
		}
		return {
			id: id ?? slug(titleLine, 6),
			language: this.lang,
			review: 'draft',
			title: this.localized(titleLine),
			dek: this.localized(squashText(dekSentence.text)),
			...(byline && { byline }),
			published: {
				edtf: this.published,
				established: {
					kind: 'clarification',
					text: {
						...(this.lang !== 'en' && {
							[this.lang]: 'Date de publication donnée lors de l’import de l’article.'
						}),
						en: 'Publication date given when the article was imported.'
					},
					provenance: [
						{
							quote:
								verbatim(this.source, titleLine) ??
								this.source.slice(dekSentence.start, dekSentence.end)
						}
					]
				}
			},
			organisation: {
				...(organisation && { actor: this.actorIdOf[organisation.i]! }),
				summit: summitEvent.id
			},
			...(editorialNotes.length > 0 && { editorialNotes }),
			furniture,
			sources: [...this.sources.values()],
			places,
			actors,
			events,
			memberships,
			attendance: attendanceList
		};
	}

	summary(story: DraftStory): IngestResult['summary'] {
		return {
			drafted: {
				events: story.events.length,
				places: story.places.length,
				states: story.places.filter((p) => p.kind === 'country').length,
				people: story.actors.filter((a) => a.kind === 'person').length,
				organisations: story.actors.filter((a) => a.kind === 'organisation').length,
				quotes: this.quotes.length,
				attendance: story.attendance.length,
				memberships: story.memberships.length,
				furniture: story.furniture.length
			},
			unresolved: [
				...this.unresolved,
				...story.events
					.filter((e) => e.notes?.some((n) => n.text === UNDATED))
					.map((e) => `date of event ${e.id} (publication date stands in)`)
			]
		};
	}
}

/** The draft as YAML, with a header saying what it is and how to review it. */
export function toYaml(story: DraftStory): string {
	return (
		'# Machine draft made by `npm run ingest`. Every fact marked `review: draft` still needs a\n' +
		'# person: check it against source.txt, translate its texts, then delete the `review` line.\n' +
		'# `npm run check:data -- --strict` fails while any draft remains.\n' +
		stringify(story, { aliasDuplicateObjects: false, lineWidth: 0 })
	);
}
