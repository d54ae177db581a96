/**
 * Dates as a person says them: words ("jeudi", "en février dernier", "le 15 mai 1992")
 * read against the publication date by the ingest engine's date reader, then a precision
 * (day, month, year) and "approximate" chosen from a list. EDTF is what comes out, never
 * what anyone types. A precision finer than the words give is refused, with a warning: a
 * day the words do not name would be invented.
 */
import type { DateMention, Lang, PartOfDay } from '../ingest/dates';
import { MONTHS } from '../ingest/months';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The ingest engine's date reader, passed in so that this module stays light. */
export type FindDates = (text: string, lang: Lang, published: string) => DateMention[];

export interface WordsRead {
	edtf: string;
	precision: DatePrecision;
	approximate: boolean;
	partOfDay?: PartOfDay;
}

export interface DateChoice {
	precision: DatePrecision;
	approximate: boolean;
}

export interface ChosenDate {
	date: { edtf: string; partOfDay?: PartOfDay; wording?: string };
	precision: DatePrecision;
	/** The precision asked for was finer than the words: the words' own was kept. */
	morePreciseThanWords: boolean;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const ONE = String.raw`-?\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?`;
/** EDTF typed as it is: a date or an interval (`2022-11-23/2023-11-23`, `2024-02-22/..`). */
const ISO = new RegExp(`^${ONE}(?:/(?:${ONE}|\\.\\.))?$`, 'u');

/** "novembre 2023", "in 2022": a month or a year with nothing around it, which the engine leaves out. */
function monthOrYear(text: string, lang: Lang): string | undefined {
	const words = text.toLowerCase().replace(/^(?:en|in)\s+/u, '');
	if (/^\d{4}$/u.test(words)) return words;
	const m = /^(\p{L}+)\s+(\d{4})$/u.exec(words);
	const month = m ? MONTHS[lang].indexOf(m[1]!) + 1 : 0;
	return month > 0 ? `${m![2]}-${String(month).padStart(2, '0')}` : undefined;
}

/** The precision of an EDTF date, or of an interval's first end. */
export function precisionOf(edtf: string): DatePrecision {
	const first = edtf.split('/')[0]!.replace(/[~?%]/gu, '').replace(/^-/u, '');
	return first.length >= 10 ? 'day' : first.length >= 7 ? 'month' : 'year';
}

const isApproximate = (edtf: string) => /[~%]/u.test(edtf);

/** Between two dates of one span: "Thursday and Friday", "5 to 7 May", "lundi et mardi". */
const JOINED = /^[\s,–-]*(?:and|to|through|until|et|au|à|jusqu’au|jusqu'au)?[\s,–-]*$/iu;

/**
 * The dates the words give, read where they stand when a text of `context` holds them (the
 * fact's passages, then the article): the sentence's tense sets their direction, so "on
 * Thursday and Friday" in "are due … on Thursday and Friday" is the coming days.
 */
function datesIn(
	text: string,
	lang: Lang,
	published: string,
	findDates: FindDates,
	context: readonly string[]
): DateMention[] {
	for (const around of context) {
		const at = around.indexOf(text);
		if (at < 0) continue;
		// The paragraph is enough to read the sentence's tense, and quicker than the article.
		const from = around.lastIndexOf('\n', at) + 1;
		const to = around.indexOf('\n', at + text.length);
		const paragraph = around.slice(from, to < 0 ? around.length : to);
		const start = at - from;
		const found = findDates(paragraph, lang, published).filter(
			(m) => m.start >= start && m.end <= start + text.length
		);
		if (found.length > 0)
			return found.map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
	}
	return findDates(text, lang, published);
}

/** What the words say, as EDTF at their own precision; undefined when they give no date. */
export function readWords(
	words: string,
	lang: Lang,
	published: string,
	findDates: FindDates,
	context: readonly string[] = []
): WordsRead | undefined {
	const text = words.trim();
	if (text === '') return undefined;
	if (ISO.test(text))
		return { edtf: text, precision: precisionOf(text), approximate: isApproximate(text) };
	const plain = monthOrYear(text, lang);
	if (plain) return { edtf: plain, precision: precisionOf(plain), approximate: false };
	const found = datesIn(text, lang, published, findDates, context);
	const first = found[0];
	if (!first) return undefined;
	// Two dates joined by "and" or "to" are one span, from the first to the last.
	const last = found.at(-1)!;
	const span =
		found.length > 1 &&
		found.every((m, i) => i === 0 || JOINED.test(text.slice(found[i - 1]!.end, m.start))) &&
		!first.edtf.includes('/') &&
		!last.edtf.includes('/') &&
		precisionOf(first.edtf) === precisionOf(last.edtf) &&
		last.edtf > first.edtf;
	const edtf = span ? `${first.edtf}/${last.edtf}` : first.edtf;
	return {
		edtf,
		precision: precisionOf(edtf),
		approximate: isApproximate(edtf),
		...(first.partOfDay && !span && { partOfDay: first.partOfDay })
	};
}

/** One EDTF date cut to a precision, approximate or not; `..` (open) stays as it is. */
function cut(edtf: string, precision: DatePrecision, approximate: boolean): string {
	if (edtf === '..' || edtf === '') return edtf;
	const bare = edtf.replace(/[~?%]/gu, '');
	const negative = bare.startsWith('-') ? '-' : '';
	const digits = bare.slice(negative.length);
	const length = { year: 4, month: 7, day: 10 }[precision];
	return `${negative}${digits.slice(0, length)}${approximate ? '~' : ''}`;
}

/**
 * The date for words read and a choice of precision and approximation. `source` is the
 * article: words found in it verbatim are kept as the date's `wording`, as the validator
 * wants (it checks that a wording occurs in the source).
 */
export function chooseDate(
	read: WordsRead,
	choice: DateChoice,
	words: string,
	source: string
): ChosenDate {
	const finer = RANK[choice.precision] > RANK[read.precision];
	const precision = finer ? read.precision : choice.precision;
	const edtf = read.edtf
		.split('/')
		.map((end) => cut(end, precision, choice.approximate))
		.join('/');
	const wording = words.trim();
	const keepWording = wording !== '' && !ISO.test(wording) && source.includes(wording);
	return {
		date: {
			edtf,
			...(read.partOfDay && precision === 'day' && { partOfDay: read.partOfDay }),
			...(keepWording && { wording })
		},
		precision,
		morePreciseThanWords: finer
	};
}

const WORDS_FORMAT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' }
};

/**
 * The words to start editing a date from: the article's own when it has them, else the
 * date said in the language ("23 novembre 2023"), which `readWords` reads back the same.
 * An interval or a date before year 1000 is shown as its EDTF, which reads back as it is.
 */
export function wordsFor(date: { edtf: string; wording?: string }, lang: Lang): string {
	if (date.wording) return date.wording;
	const bare = date.edtf.replace(/[~?%]/gu, '');
	if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(bare) || bare < '1000') return date.edtf;
	const precision = precisionOf(bare);
	const [y, m = 1, d = 1] = bare.split('-').map(Number);
	return new Intl.DateTimeFormat(lang, WORDS_FORMAT[precision]).format(
		new Date(Date.UTC(y!, m - 1, d))
	);
}
