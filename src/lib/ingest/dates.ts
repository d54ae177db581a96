/**
 * Dates in an article, found by chrono-node (French and English) and resolved against the
 * publication date: each kept as EDTF at the precision its words give, with the words
 * themselves. Only what the words say: a weekday is the nearest one in the direction the
 * tense points, a month without a year is the nearest one likewise, "il y a un an" is
 * approximate.
 */
import * as chrono from 'chrono-node';
import { MONTHS, monthNumber } from './months';
import { fold } from './text';

export type Lang = 'fr' | 'en';
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export interface DateMention {
	start: number;
	end: number;
	/** The article's own words. */
	wording: string;
	edtf: string;
	partOfDay?: PartOfDay;
	/** Resolved from the publication date rather than printed as a date. */
	relative: boolean;
}

interface Ymd {
	y: number;
	m: number;
	d: number;
}

const NUMBERS: Record<string, number> = {
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatYmd = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function parseYmd(text: string): Ymd {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) throw new Error(`"${text}" is not a date of the form YYYY-MM-DD`);
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(y, m - 1, d));
	if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
		throw new Error(`"${text}" is not a day of the calendar`);
	return { y, m, d };
}

/** Calendar arithmetic in UTC: no local time zone ever shifts a day. */
function addDays(date: Ymd, days: number): Ymd {
	const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function weekday(date: Ymd): number {
	return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}
function compare(a: Ymd, b: Ymd): number {
	return a.y - b.y || a.m - b.m || a.d - b.d;
}

const monthPattern = (names: readonly string[]) => names.join('|');

/** Expressions chrono-node's French parser does not know, added to it as parsers. */
const FR_EXTRA: RegExp[] = [
	new RegExp(
		`\\b(?:en|au mois d[e'’])\\s+(${monthPattern(MONTHS.fr)})(?:\\s+(dernier|prochain|\\d{4}))?\\b`,
		'iu'
	),
	/\b(?:en|depuis)\s+((?:1[5-9]|20)\d{2})\b/iu,
	/\b(?:l['’]an|l['’]année)\s+(dernier|dernière|passé|passée|prochain|prochaine)\b/iu,
	/\bcette année\b/iu,
	/\bil y a\s+(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(ans?|années?|mois|semaines?|jours?)\b/iu,
	/\bce (matin|soir|midi)\b|\bcet après-midi\b|\bcette nuit\b/iu,
	/\baujourd['’]hui\b/iu,
	/\bla semaine (dernière|passée|prochaine)\b/iu
];
const EN_EXTRA: RegExp[] = [
	new RegExp(`\\b(?:in|last|next)\\s+(${monthPattern(MONTHS.en)})(?:\\s+(\\d{4}))?\\b`, 'iu'),
	/\b(?:in|since)\s+((?:1[5-9]|20)\d{2})\b/iu,
	/\b(?:last|next|this)\s+year\b/iu,
	/\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?|weeks?|days?)\s+ago\b/iu,
	/\b(?:this (?:morning|afternoon|evening)|tonight)\b/iu,
	/\b(?:last|next) week\b/iu
];

function withExtras(base: chrono.Chrono, patterns: RegExp[]): chrono.Chrono {
	const parser = base.clone();
	for (const pattern of patterns) {
		// The value is worked out below from the words; chrono only has to find them.
		parser.parsers.push({ pattern: () => pattern, extract: () => ({}) });
	}
	return parser;
}

let parsers: Record<Lang, chrono.Chrono> | undefined;
function parserFor(lang: Lang): chrono.Chrono {
	parsers ??= {
		fr: withExtras(chrono.fr.casual, FR_EXTRA),
		en: withExtras(chrono.en.casual, EN_EXTRA)
	};
	return parsers[lang];
}

/** A whole word or phrase, for letters beyond ASCII too (`\b` knows only ASCII). */
const cue = (alternatives: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * Words that set the tense of a date near them. Forward: the future, what is due, planned or
 * offered, "next", "coming", a present tense of a scheduled end or start ("his term ends on
 * 20 October"); French futur simple, "doit", "se tiendra", "prochain". Back: the past tenses.
 */
const FORWARD = {
	fr: cue(
		'sera|seront|aura|auront|va|vont|devra|devrait|devraient|doit|doivent|attendue?s?|prévue?s?|programmée?s?|annoncée? pour|à venir|prochaine?s?|se tiendra|se tiendront|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|vra|vront|rra|rront)'
	),
	en: cue(
		'will|shall|expected|due|scheduled|plans? to|planning to|set to|is to|are to|upcoming|coming|next|(?:has |have )?(?:offered|promised|pledged|agreed|proposed) to|ends|begins|starts|opens|closes|expires'
	)
};
const BACK = {
	fr: cue(
		"a|ont|avait|avaient|était|étaient|fut|furent|eut|eurent|s'est|se sont|(?:est|sont) \\p{L}+(?:é|i|u)e?s?|dernière?s?|passée?s?"
	),
	en: cue(
		'was|were|had|did|said|told|met|led|flew|came|went|took|made|held|left|began|last|ago|\\p{L}{2,}ed'
	)
};

export type Tense = 'forward' | 'back';

/**
 * The direction of a date at `start`–`end` in `text`, from its sentence: the nearest tense
 * cue before it ("are due at the meetings … on Thursday"), else the nearest after; no cue
 * reads as the past, as wire copy reports what happened.
 */
export function tenseAt(text: string, start: number, end: number, lang: Lang): Tense {
	const clause = clauseAround(text, start, end);
	const offset = text.lastIndexOf('.', start) + 1;
	const cues: { at: number; end: number; tense: Tense }[] = [];
	// The forward cues first: "offered to" is forward even though "offered" is a past form.
	for (const [pattern, tense] of [
		[FORWARD[lang], 'forward'],
		[BACK[lang], 'back']
	] as const)
		for (const m of fold(clause).matchAll(pattern)) {
			const at = offset + m.index;
			if (at >= start && at < end) continue;
			if (cues.some((c) => c.at <= at && at < c.end)) continue;
			cues.push({ at, end: at + m[0].length, tense });
		}
	const before = cues.filter((c) => c.at < start).sort((a, b) => b.at - a.at)[0];
	const after = cues.filter((c) => c.at >= end).sort((a, b) => a.at - b.at)[0];
	return (before ?? after)?.tense ?? 'back';
}

function partOfDay(words: string): PartOfDay | undefined {
	const w = fold(words).toLowerCase();
	if (/matin|matinée|morning/.test(w)) return 'morning';
	if (/après-midi|afternoon/.test(w)) return 'afternoon';
	if (/soir|soirée|evening|tonight/.test(w)) return 'evening';
	if (/nuit|night/.test(w)) return 'night';
	return undefined;
}

/**
 * Resolve a chrono result against the publication day, or undefined when the words give
 * no date (a time alone, a lone month name that may be a verb).
 */
function resolve(
	words: string,
	known: Partial<Record<chrono.Component, number>>,
	endKnown: Partial<Record<chrono.Component, number>> | undefined,
	published: Ymd,
	future: boolean
): Omit<DateMention, 'start' | 'end' | 'wording'> | undefined {
	const w = fold(words).toLowerCase().trim();
	const pub = formatYmd(published);
	let m: RegExpExecArray | null;

	if (/^aujourd'hui$|^today$/.test(w)) return { edtf: pub, relative: true };
	if (
		/^(?:ce|cet|cette|this) ?(?:matin|soir|midi|après-midi|nuit|morning|afternoon|evening)$|^tonight$/.test(
			w
		)
	) {
		const pod = partOfDay(w);
		return { edtf: pub, ...(pod && { partOfDay: pod }), relative: true };
	}
	if ((m = /^il y a\s+(\S+)\s+(\S+)$|^(\S+)\s+(\S+)\s+ago$/.exec(w))) {
		const n = NUMBERS[m[1] ?? m[3] ?? ''] ?? Number(m[1] ?? m[3]);
		const unit = (m[2] ?? m[4] ?? '').replace(/s$/, '');
		if (!Number.isFinite(n)) return undefined;
		if (unit === 'jour' || unit === 'day')
			return { edtf: formatYmd(addDays(published, -n)), relative: true };
		if (unit === 'semaine' || unit === 'week')
			return { edtf: `${formatYmd(addDays(published, -7 * n))}~`, relative: true };
		if (unit === 'moi' || unit === 'mois' || unit === 'month') {
			const t = new Date(Date.UTC(published.y, published.m - 1 - n, 1));
			return { edtf: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}~`, relative: true };
		}
		// A year ago: the same day a year earlier, approximately (the words give no day).
		return {
			edtf: `${formatYmd({ ...published, y: published.y - n, d: Math.min(published.d, 28) === published.d ? published.d : 28 })}~`,
			relative: true
		};
	}
	if ((m = /^(?:l'an|l'année)\s+(\S+)$|^(last|next|this) year$|^cette année$/.exec(w))) {
		const which = m[1] ?? m[2] ?? 'this';
		const y = /dern|pass|last/.test(which)
			? published.y - 1
			: /proch|next/.test(which)
				? published.y + 1
				: published.y;
		return { edtf: String(y), relative: true };
	}
	if ((m = /^la semaine (\S+)$|^(last|next) week$/.exec(w))) {
		const back = /dern|pass|last/.test(m[1] ?? m[2] ?? '');
		const monday = addDays(published, -((weekday(published) + 6) % 7) + (back ? -7 : 7));
		return { edtf: `${formatYmd(monday)}/${formatYmd(addDays(monday, 6))}`, relative: true };
	}
	if ((m = /^(?:en|depuis|in|since)\s+(\d{4})$/.exec(w))) return { edtf: m[1]!, relative: false };
	if ((m = /^(?:en|au mois d[e']|in|last|next)\s+(\p{L}+)(?:\s+(\S+))?$/u.exec(w))) {
		const month = monthNumber(m[1]!);
		if (!month) return undefined;
		const qualifier = m[2] ?? (w.startsWith('last') ? 'last' : w.startsWith('next') ? 'next' : '');
		if (/^\d{4}$/.test(qualifier)) return { edtf: `${qualifier}-${pad(month)}`, relative: false };
		const mode = /dernier|last/.test(qualifier)
			? 'before'
			: /prochain|next/.test(qualifier)
				? 'after'
				: future
					? 'onOrAfter'
					: 'onOrBefore';
		return { edtf: `${yearFor(month, undefined, published, mode)}-${pad(month)}`, relative: true };
	}

	// What chrono worked out itself: absolute dates, weekdays, hier/demain.
	const certain = (c: chrono.Component) => known[c] !== undefined;
	if (certain('year') && certain('month') && certain('day')) {
		const start = { y: known.year!, m: known.month!, d: known.day! };
		const relative = !/\d/.test(w);
		const pod = relative ? partOfDay(w) : undefined;
		return {
			edtf: withEnd(formatYmd(start), start, endKnown),
			...(pod && { partOfDay: pod }),
			relative
		};
	}
	if (certain('month') && certain('day')) {
		const y = yearFor(known.month!, known.day!, published, future ? 'onOrAfter' : 'onOrBefore');
		const start = { y, m: known.month!, d: known.day! };
		return { edtf: withEnd(formatYmd(start), start, endKnown), relative: true };
	}
	if (certain('month') && certain('year') && !certain('day'))
		return { edtf: `${known.year}-${pad(known.month!)}`, relative: false };
	if (certain('weekday') && !certain('day')) {
		const target = known.weekday!;
		const mode = /dernier|passé|last/.test(w)
			? 'before'
			: /prochain|next/.test(w)
				? 'after'
				: future
					? 'onOrAfter'
					: 'onOrBefore';
		const day = nearestWeekday(published, target, mode);
		const pod = partOfDay(w);
		return { edtf: formatYmd(day), ...(pod && { partOfDay: pod }), relative: true };
	}
	return undefined;
}

type Direction = 'before' | 'after' | 'onOrBefore' | 'onOrAfter';

function nearestWeekday(from: Ymd, target: number, mode: Direction): Ymd {
	const today = weekday(from);
	if (mode === 'onOrBefore' || mode === 'before') {
		let back = (today - target + 7) % 7;
		if (back === 0 && mode === 'before') back = 7;
		return addDays(from, -back);
	}
	let ahead = (target - today + 7) % 7;
	if (ahead === 0 && mode === 'after') ahead = 7;
	return addDays(from, ahead);
}

/** The year of the nearest such month (and day) before or after the publication day. */
function yearFor(month: number, day: number | undefined, pub: Ymd, mode: Direction): number {
	const here = {
		y: pub.y,
		m: month,
		d: day ?? (mode.includes('Before') || mode === 'before' ? 1 : 28)
	};
	const cmp = day === undefined ? month - pub.m : compare(here, pub);
	if (mode === 'onOrBefore') return cmp <= 0 ? pub.y : pub.y - 1;
	if (mode === 'before') return cmp < 0 ? pub.y : pub.y - 1;
	if (mode === 'onOrAfter') return cmp >= 0 ? pub.y : pub.y + 1;
	return cmp > 0 ? pub.y : pub.y + 1;
}

/** A range's end ("du 5 au 7 mai") in the same year as its start unless given. */
function withEnd(
	start: string,
	from: Ymd,
	endKnown: Partial<Record<chrono.Component, number>> | undefined
): string {
	if (!endKnown || endKnown.day === undefined) return start;
	const end = { y: endKnown.year ?? from.y, m: endKnown.month ?? from.m, d: endKnown.day };
	return compare(end, from) > 0 ? `${start}/${formatYmd(end)}` : start;
}

const COMPONENTS: chrono.Component[] = ['year', 'month', 'day', 'weekday'];

/** The components the words fix (chrono fills in the others from the reference). */
function known(components: chrono.ParsedComponents): Partial<Record<chrono.Component, number>> {
	const values: Partial<Record<chrono.Component, number>> = {};
	for (const c of COMPONENTS)
		if (components.isCertain(c)) values[c] = components.get(c) ?? undefined;
	return values;
}

/** The sentence-like clause around a position, to read its tense. */
function clauseAround(text: string, start: number, end: number): string {
	const before = text.lastIndexOf('.', start);
	const after = text.indexOf('.', end);
	return text.slice(before + 1, after < 0 ? text.length : after);
}

/**
 * Every date the text gives, in order, resolved against `published` (YYYY-MM-DD). A date
 * the words do not fix (a time alone, a bare month name) is left out, never guessed.
 */
export function findDates(text: string, lang: Lang, published: string): DateMention[] {
	const pub = parseYmd(published);
	// Local noon: chrono reads the reference's local calendar fields.
	const reference = new Date(pub.y, pub.m - 1, pub.d, 12);
	const folded = fold(text);
	const results = parserFor(lang).parse(folded, reference);
	const mentions: DateMention[] = [];
	for (const result of results) {
		// "de deux jours", "for two weeks": a length of time, not a date.
		if (/^(?:de|pour|pendant|durant|during|for)\s/iu.test(result.text)) continue;
		const start = result.index;
		const words = result.text.replace(/[\s,.;:]+$/u, '');
		const end = start + words.length;
		if (mentions.some((m) => m.start < end && start < m.end)) continue;
		const resolved = resolve(
			words,
			known(result.start),
			result.end ? known(result.end) : undefined,
			pub,
			tenseAt(folded, start, end, lang) === 'forward'
		);
		if (!resolved) continue;
		mentions.push({ start, end, wording: text.slice(start, end), ...resolved });
	}
	return mentions.sort((a, b) => a.start - b.start);
}
