/**
 * How a draft compares with a curated story of the same article: recall and precision of
 * the article's own facts (events by date and state, states, attendance, people, quotes),
 * and the two counts that must be zero (quotes that are not verbatim, dates the text does not
 * give). The matching rules are written out in docs/ingest.md.
 */
import { parseEdtf } from '../story/dates';
import { normalizeWhitespace } from '../story/validate';
import type { Story } from '../story/schema';
import { findDates, type Lang } from './dates';
import type { DraftStory } from './index';
import { fold, key } from './text';

export interface Score {
	/** Facts of the curated story that count (the article's own). */
	expected: number;
	drafted: number;
	/** Curated facts the draft has. */
	found: number;
	/** Drafted facts the curated story has. */
	correct: number;
	recall: number;
	precision: number;
}

export interface Comparison {
	events: Score;
	states: Score;
	attendance: Score;
	people: Score;
	quotes: Score;
	nonVerbatimQuotes: string[];
	datesNotInText: string[];
}

type AnyEvent = {
	date: { edtf: string; wording?: string };
	places: string[];
	actors: string[];
	provenance: ({ quote: string } | { source: string })[];
};
type AnyStory = Pick<Story, 'places' | 'actors' | 'attendance' | 'memberships' | 'furniture'> & {
	events: AnyEvent[];
};

const quotesOf = (provenance: AnyEvent['provenance']) =>
	provenance.flatMap((p) => ('quote' in p ? [p.quote] : []));

function score(expected: number, drafted: number, found: number, correct: number): Score {
	return {
		expected,
		drafted,
		found,
		correct,
		recall: expected === 0 ? 1 : found / expected,
		precision: drafted === 0 ? 1 : correct / drafted
	};
}

function setScore(expected: Set<string>, drafted: Set<string>): Score {
	const hit = [...expected].filter((x) => drafted.has(x)).length;
	return score(
		expected.size,
		drafted.size,
		hit,
		[...drafted].filter((x) => expected.has(x)).length
	);
}

/** An event's first day (UTC), whatever its precision or qualifiers. */
const dayOf = (edtf: string) => new Date(parseEdtf(edtf).start).toISOString().slice(0, 10);

/** The states an event involves: its country places, its cities' countries, its actors' countries. */
function statesOf(story: AnyStory, event: AnyEvent): Set<string> {
	const states = new Set<string>();
	for (const id of event.places) {
		const place = story.places.find((p) => p.id === id);
		if (place) states.add(place.kind === 'country' ? place.iso3 : place.country);
	}
	for (const id of event.actors) {
		const actor = story.actors.find((a) => a.id === id);
		if (actor?.country) states.add(actor.country);
	}
	return states;
}

/** Maximum one-to-one matching (Kuhn's augmenting paths): each fact claimed once. */
function matching(left: number, right: number, fits: (l: number, r: number) => boolean): number {
	const owner = new Array<number>(right).fill(-1);
	const tryAssign = (l: number, seen: boolean[]): boolean => {
		for (let r = 0; r < right; r++) {
			if (seen[r] || !fits(l, r)) continue;
			seen[r] = true;
			if (owner[r] === -1 || tryAssign(owner[r]!, seen)) {
				owner[r] = l;
				return true;
			}
		}
		return false;
	};
	let count = 0;
	for (let l = 0; l < left; l++) if (tryAssign(l, new Array<boolean>(right).fill(false))) count++;
	return count;
}

/** Quotations in the source: « … », “ … ”, " … " of four words or more. */
function quotations(source: string): string[] {
	return [...fold(source).matchAll(/«\s*([^»]*?)\s*»|"([^"\n]+)"/gu)]
		.map((m) => {
			const inner = m[1] ?? m[2] ?? '';
			const at = m.index + m[0].indexOf(inner);
			return source.slice(at, at + inner.length);
		})
		.filter((q) => q.split(/\s+/u).length >= 4);
}

export function compare(
	curated: Story,
	draft: DraftStory,
	source: string,
	published: string,
	lang: Lang
): Comparison {
	const c = curated as unknown as AnyStory;
	const d = draft as unknown as AnyStory;
	const inSource = normalizeWhitespace(source);

	// Events: the article's own (proved by a quote) whose date the article gives (worded, or
	// the day of publication); matched one to one by first day and a shared state.
	const articleEvents = c.events.filter(
		(e) =>
			quotesOf(e.provenance).length > 0 &&
			(e.date.wording !== undefined || e.date.edtf === published)
	);
	const fits = (a: AnyEvent, sa: Set<string>, b: AnyEvent, sb: Set<string>) =>
		dayOf(a.date.edtf) === dayOf(b.date.edtf) &&
		(sa.size === 0 || sb.size === 0 || [...sa].some((s) => sb.has(s)));
	const cStates = articleEvents.map((e) => statesOf(c, e));
	const dStates = d.events.map((e) => statesOf(d, e));
	const matched = matching(d.events.length, articleEvents.length, (l, r) =>
		fits(d.events[l]!, dStates[l]!, articleEvents[r]!, cStates[r]!)
	);
	const events = score(articleEvents.length, d.events.length, matched, matched);

	// States: those the article's facts involve (quoted events, attendance, membership, roles).
	const quoted = c.events.filter((e) => quotesOf(e.provenance).length > 0);
	const curatedStates = new Set<string>([
		...quoted.flatMap((e) => [...statesOf(c, e)]),
		...c.attendance.filter((a) => quotesOf(a.provenance).length > 0).map((a) => a.state),
		...c.memberships.filter((m) => quotesOf(m.provenance).length > 0).map((m) => m.state),
		...c.actors.flatMap((a) =>
			a.kind === 'person' && a.country && quotesOf(a.role.provenance).length > 0 ? [a.country] : []
		),
		// States the article's quoted words name ("opération militaire en Ukraine").
		...c.places.flatMap((p) =>
			p.kind === 'country' &&
			quoted.some((e) =>
				quotesOf(e.provenance).some((q) => key(q).includes(key(p.name[curated.language] ?? '')))
			)
				? [p.iso3]
				: []
		)
	]);
	const draftStates = new Set(d.places.flatMap((p) => (p.kind === 'country' ? [p.iso3] : [])));

	// Attendance: (state, status) pairs proved by a quote.
	const pair = (a: { state: string; status: string }) => `${a.state}:${a.status}`;
	const attendance = setScore(
		new Set(c.attendance.filter((a) => quotesOf(a.provenance).length > 0).map(pair)),
		new Set(d.attendance.map(pair))
	);

	// People: the curated people the article names (their role quoted, or their surname in
	// the text), against the drafted people; a drafted person is one of them when its surname
	// is in their names or role's words (prose may spell a name otherwise: Pachinian, Pashinián).
	const surname = (name: string) => key(name.split(' ').at(-1) ?? name);
	const sourceKey = key(source);
	const named = c.actors.flatMap((a) =>
		a.kind === 'person' &&
		(quotesOf(a.role.provenance).length > 0 ||
			Object.values(a.name).some((name) => sourceKey.includes(surname(name))))
			? [key([...Object.values(a.name), ...quotesOf(a.role.provenance)].join(' '))]
			: []
	);
	const draftedPeople = d.actors.flatMap((a) =>
		a.kind === 'person' ? [surname(Object.values(a.name)[0] ?? '')] : []
	);
	const people = score(
		named.length,
		draftedPeople.length,
		named.filter((words) => draftedPeople.some((name) => words.includes(name))).length,
		draftedPeople.filter((name) => named.some((words) => words.includes(name))).length
	);

	// Quotes: the article's quotations the curated facts cite, against those the draft cites on their own.
	const all = quotations(source).map((q) => normalizeWhitespace(fold(q)));
	const cites = (story: AnyStory, whole: boolean) => {
		const cited = story.events
			.flatMap((e) => quotesOf(e.provenance))
			.map((q) => normalizeWhitespace(fold(q)));
		return new Set(
			all.filter((q) => cited.some((x) => (whole ? x === q : x.includes(q) || q.includes(x))))
		);
	};
	const quotes = setScore(cites(c, false), cites(d, true));

	// Every quote and wording in the draft occurs in the source.
	const texts = [
		...d.events.flatMap((e) => [
			...quotesOf(e.provenance),
			...(e.date.wording ? [e.date.wording] : [])
		]),
		...d.attendance.flatMap((a) => quotesOf(a.provenance)),
		...d.memberships.flatMap((m) => quotesOf(m.provenance)),
		...d.places.flatMap((p) => (p.kind === 'country' ? [] : quotesOf(p.provenance))),
		...d.actors.flatMap((a) => quotesOf(a.kind === 'person' ? a.role.provenance : a.provenance)),
		...d.furniture.map((f) => f.quote)
	];
	const nonVerbatimQuotes = texts.filter((q) => !inSource.includes(normalizeWhitespace(q)));

	// Every date is the publication day or one that the event's own words give.
	const strip = (edtf: string) => edtf.replace(/[~?%]/gu, '');
	const datesNotInText = d.events.flatMap((e) => {
		// Each passage read on its own: joined, chrono may take two of them for one date.
		const words = [...quotesOf(e.provenance), e.date.wording ?? ''];
		const given = new Set([
			published,
			...words.flatMap((w) => findDates(w, lang, published)).map((m) => strip(m.edtf))
		]);
		const ends = strip(e.date.edtf).split('/');
		return ends.every((end) => given.has(end))
			? []
			: [`${(e as unknown as { id: string }).id}: ${e.date.edtf}`];
	});

	return {
		events,
		states: setScore(curatedStates, draftStates),
		attendance,
		people,
		quotes,
		nonVerbatimQuotes,
		datesNotInText
	};
}

/** The comparison as a Markdown table. */
export function comparisonTable(result: Comparison): string {
	const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
	const rows = (['events', 'states', 'attendance', 'people', 'quotes'] as const).map((name) => {
		const s = result[name];
		return `| ${name} | ${s.expected} | ${s.drafted} | ${s.found} | ${pct(s.recall)} | ${pct(s.precision)} |`;
	});
	return [
		'| facts | curated (article’s own) | drafted | found | recall | precision |',
		'| --- | --: | --: | --: | --: | --: |',
		...rows,
		'',
		`Quotes that are not verbatim: ${result.nonVerbatimQuotes.length}. Dates the text does not give: ${result.datesNotInText.length}.`
	].join('\n');
}
