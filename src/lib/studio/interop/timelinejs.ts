/**
 * TimelineJS (Knight Lab) JSON in and out. A slide's date keeps its precision (a year, a
 * month, a day, a time), an end date makes an interval, a slide without a usable date is
 * skipped with a warning. Groups become categories where they name one; media URLs become
 * outside sources, shown with their event.
 */
import type { Story } from '../../story/schema';
import { parseEdtf } from '../../story/dates';
import { localized } from '../../i18n-core';
import { en } from '../../i18n-pages-en';
import { fr } from '../../i18n-pages-fr';
import { escapeHtml, htmlToText } from './html-text';
import {
	MEDIA_SOURCE,
	describe,
	draftStory,
	guarded,
	groupOfCategory,
	readText,
	type Collected,
	type Entry,
	type ImportOptions,
	type Imported,
	type Lang
} from './draft';

export type { Imported, ImportOptions } from './draft';

/** A TimelineJS date: each part a number or a string of digits; absent parts are empty. */
export interface TimelineDate {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
}

export interface TimelineSlide {
	start_date?: TimelineDate;
	end_date?: TimelineDate;
	text?: { headline?: string; text?: string };
	media?: { url: string; caption?: string; credit?: string };
	group?: string;
	display_date?: string;
	unique_id?: string;
}

export interface TimelineJson {
	title?: TimelineSlide;
	events: TimelineSlide[];
	eras?: TimelineSlide[];
	scale?: 'human' | 'cosmological';
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type Part = (typeof PARTS)[number];
const RANGE: Record<Part, [number, number]> = {
	year: [-9999, 9999],
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59]
};

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function daysIn(year: number, month: number): number {
	const date = new Date(Date.UTC(2000, month, 0));
	date.setUTCFullYear(year, month, 0);
	return date.getUTCDate();
}

/**
 * The EDTF of one TimelineJS date, at the precision it gives: `1943`, `1943-07`,
 * `1943-07-05`, `1943-07-05T10:30:00`. Or the problem, naming the field and the rule.
 */
export function timelineDateToEdtf(
	date: unknown,
	where: string
): { edtf: string } | { problem: string } {
	if (date === null || typeof date !== 'object' || Array.isArray(date))
		return {
			problem: `${where}: expected a date object such as { "year": 1943, "month": 7 }, found ${describe(date)}`
		};
	const record = date as Record<string, unknown>;
	const value: Partial<Record<Part, number>> = {};
	for (const part of PARTS) {
		const raw = record[part];
		if (raw === undefined || raw === null || raw === '') continue;
		// As TimelineJS reads them: spaces and thousands commas dropped ("1,943").
		const text =
			typeof raw === 'number'
				? String(raw)
				: typeof raw === 'string'
					? raw.replace(/[\s,]+/g, '')
					: '';
		if (!/^-?\d+$/.test(text))
			return { problem: `${where}.${part}: ${describe(raw)} is not a whole number` };
		const n = Number(text);
		const [min, max] = RANGE[part];
		if (n < min || n > max)
			return {
				problem:
					part === 'year'
						? `${where}.year: ${text} is outside the years a story can date (-9999 to 9999); cosmological dates are not supported`
						: `${where}.${part}: ${text} is not a ${part} (${min} to ${max})`
			};
		value[part] = n;
	}
	if (value.year === undefined) return { problem: `${where}.year: a date needs at least a year` };
	// Each part needs the one above it: a day without a month says nothing.
	for (let i = 2; i < PARTS.length; i++) {
		const part = PARTS[i]!;
		const above = PARTS[i - 1]!;
		if (value[part] !== undefined && value[above] === undefined)
			return { problem: `${where}.${part}: given without ${above}` };
	}
	const { year, month, day, hour, minute, second } = value;
	if (day !== undefined && day > daysIn(year, month!))
		return { problem: `${where}.day: ${year}-${pad(month!)} has no day ${day}` };
	let edtf = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (month !== undefined) edtf += `-${pad(month)}`;
	if (day !== undefined) edtf += `-${pad(day)}`;
	if (hour !== undefined) edtf += `T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}`;
	return { edtf };
}

/**
 * The class of the paragraph export adds to a draft's text ("Not yet reviewed"): the
 * marker of Chronomap's own, not the file's words, so import drops it.
 */
const DRAFT_CLASS = 'chronomap-draft';
const DRAFT_MARK = new RegExp(`<p class="${DRAFT_CLASS}">[^<]*</p>`, 'g');

function text(value: unknown): string {
	if (typeof value === 'string') return htmlToText(value.replace(DRAFT_MARK, ''));
	if (typeof value === 'number') return String(value);
	return '';
}

/** The slides of a TimelineJS object as entries, each with its problems as warnings. */
export function collectTimeline(
	json: unknown,
	whereOf: (index: number) => string = (i) => `events[${i}]`,
	format = 'TimelineJS'
): Collected | { problems: string[] } {
	if (json === null || typeof json !== 'object' || Array.isArray(json))
		return {
			problems: [
				`expected a TimelineJS object { "title": …, "events": [ … ] }, found ${describe(json)}`
			]
		};
	const timeline = json as Record<string, unknown>;
	if (!Array.isArray(timeline.events))
		return {
			problems: [
				timeline.events === undefined
					? 'events: missing; a TimelineJS file lists its slides in "events"'
					: `events: expected a list of slides, found ${describe(timeline.events)}`
			]
		};
	if (timeline.events.length === 0)
		return { problems: ['events: the list is empty; there is nothing to import'] };
	const warnings: string[] = [];
	const entries: Entry[] = [];
	timeline.events.forEach((slide: unknown, i) => {
		const where = whereOf(i);
		if (slide === null || typeof slide !== 'object' || Array.isArray(slide)) {
			warnings.push(`${where}: skipped: expected a slide object, found ${describe(slide)}`);
			return;
		}
		const s = slide as Record<string, unknown>;
		if (s.start_date === undefined || s.start_date === null || s.start_date === '') {
			warnings.push(`${where}: skipped: no start_date (a date is never guessed)`);
			return;
		}
		const start = timelineDateToEdtf(s.start_date, `${where}.start_date`);
		if ('problem' in start) {
			warnings.push(`${start.problem}; the slide is skipped`);
			return;
		}
		let edtf = start.edtf;
		const hasEnd =
			s.end_date !== undefined &&
			s.end_date !== null &&
			s.end_date !== '' &&
			!(typeof s.end_date === 'object' && !(s.end_date as Record<string, unknown>).year);
		if (hasEnd) {
			const end = timelineDateToEdtf(s.end_date, `${where}.end_date`);
			if ('problem' in end) {
				warnings.push(`${end.problem}; the slide is skipped`);
				return;
			}
			if (parseEdtf(end.edtf).end < parseEdtf(start.edtf).start) {
				warnings.push(
					`${where}.end_date: ends (${end.edtf}) before it starts (${start.edtf}); the slide is skipped`
				);
				return;
			}
			edtf = `${start.edtf}/${end.edtf}`;
			try {
				parseEdtf(edtf);
			} catch (error) {
				warnings.push(`${where}.end_date: ${(error as Error).message}; the slide is skipped`);
				return;
			}
		}
		const t = (s.text ?? {}) as Record<string, unknown>;
		const media = s.media as Record<string, unknown> | undefined;
		let url = typeof media?.url === 'string' ? media.url.trim() : '';
		// Media may be HTML shown as the slide's content (a blockquote, an embedded post): its
		// words are the slide's text; an embed with no words (an iframe) is left out.
		let shown = '';
		if (url.startsWith('<')) {
			shown = htmlToText(url);
			if (!shown) warnings.push(`${where}.media.url: HTML with no text (an embed) left out`);
			url = '';
		}
		const caption = text(media?.caption);
		const credit = text(media?.credit);
		const group = text(s.group).replace(/\s+/gu, ' ').trim();
		// The file's own words for the date ("c. 1500"), kept with it, as an article's are.
		const display = text(s.display_date ?? (s.start_date as Record<string, unknown>).display_date);
		entries.push({
			where,
			...(typeof s.unique_id === 'string' && { id: s.unique_id }),
			date: { edtf, ...(display && { wording: display.replace(/\s+/gu, ' ') }) },
			headline: text(t.headline),
			text: [text(t.text), shown].filter(Boolean).join('\n'),
			...(group && { group }),
			...(url && { media: { url, ...(caption && { caption }), ...(credit && { credit }) } })
		});
	});
	const eras = Array.isArray(timeline.eras) ? timeline.eras.length : 0;
	if (eras > 0) warnings.push(`eras: ${eras} era(s) not kept: a story has no place for eras`);
	const title = timeline.title as Record<string, unknown> | undefined;
	if (title && typeof title === 'object' && (title.media as { url?: unknown } | undefined)?.url)
		warnings.push('title.media: not kept: a story’s title has no media');
	const titleText = (title?.text ?? {}) as Record<string, unknown>;
	const heading = { headline: text(titleText.headline), text: text(titleText.text) };
	return {
		format,
		...((heading.headline || heading.text) && { title: heading }),
		entries,
		warnings
	};
}

/**
 * A TimelineJS file (its text, its bytes or the parsed JSON) as a draft story. Never throws.
 */
export const fromTimelineJs = guarded(function fromTimelineJs(
	json: unknown,
	options: ImportOptions = {}
): Imported {
	let data = json;
	if (typeof json === 'string' || json instanceof Uint8Array || json instanceof ArrayBuffer) {
		const read = readText(json, 'TimelineJS file');
		if ('problem' in read) return { ok: false, problems: [read.problem] };
		try {
			data = JSON.parse(read.text);
		} catch (error) {
			return {
				ok: false,
				problems: [`TimelineJS file: not JSON (${(error as Error).message.split('\n')[0]})`]
			};
		}
	}
	const collected = collectTimeline(data);
	if ('problems' in collected) return { ok: false, problems: collected.problems };
	return draftStory(collected, options);
});

/** One end of an EDTF date as written: its year, month, day and time, qualifiers aside. */
const EDTF_END =
	/^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?)?)?)?[?~%]*$/;

/**
 * An EDTF date (one end of an interval) as a TimelineJS date, at its precision. A time keeps
 * the digits written (TimelineJS has no time zone); other EDTF forms (`199X`) go through
 * the parser, to the precision it gives.
 */
function edtfToTimelineDate(edtf: string): TimelineDate {
	const written = EDTF_END.exec(edtf);
	if (written) {
		const [, year, month, day, hour, minute, second] = written;
		return {
			year: Number(year),
			...(month && { month: Number(month) }),
			...(day && { day: Number(day) }),
			...(hour && { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) })
		};
	}
	const range = parseEdtf(edtf);
	const at = new Date(range.start);
	const date: TimelineDate = { year: at.getUTCFullYear() };
	if (range.precision === 'year') return date;
	date.month = at.getUTCMonth() + 1;
	if (range.precision === 'month') return date;
	date.day = at.getUTCDate();
	return date;
}

/** Text as HTML paragraphs, one per line. */
function paragraphs(text: string): string {
	return text
		.split('\n')
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('');
}

/** A draft stays marked as one outside Chronomap too: its slide says it is not yet reviewed. */
function draftMark(review: 'draft' | undefined, lang: Lang): string {
	if (review !== 'draft') return '';
	return `<p class="${DRAFT_CLASS}">${escapeHtml((lang === 'fr' ? fr : en).notReviewed)}</p>`;
}

function proofsHtml(event: Story['events'][number], story: Story, lang: Lang): string {
	// A quote the slide already shows (line breaks aside) is not shown twice.
	const flat = (text: string) => text.replace(/\s+/gu, ' ');
	const shown = flat(`${localized(event.title, lang)}\n${localized(event.summary, lang)}`);
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	return event.provenance
		.map((proof) => {
			if ('quote' in proof)
				return shown.includes(flat(proof.quote))
					? ''
					: `<blockquote>${escapeHtml(proof.quote)}</blockquote>`;
			const source = sources.get(proof.source);
			if (!source) return '';
			const label = source.title ? `${source.publisher}: ${source.title}` : source.publisher;
			return `<p><a href="${escapeHtml(source.url)}">${escapeHtml(label)}</a></p>`;
		})
		.join('');
}

/**
 * A story's events as a TimelineJS object, texts in `lang` (else English). Dates keep their
 * precision; an interval gets an end date; an open interval (`/..`), a part of day and an
 * EDTF qualifier (`?`, `~`) have no TimelineJS form and are left out. The event's own group
 * becomes the slide's group, else its category's label (a slide has one group: an event with
 * both gives back its group, and its category is drafted again from its words); the media is its imported media, else its first outside source.
 */
export function toTimelineJs(story: Story, lang: Lang): TimelineJson {
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	const events = story.events.map((event) => {
		const [start, end] = event.date.edtf.split('/');
		const mediaNote = event.notes.find((note) =>
			note.provenance.some((proof) => 'source' in proof && proof.source.startsWith(MEDIA_SOURCE))
		);
		const mediaProof =
			mediaNote?.provenance.find((proof) => 'source' in proof) ??
			event.provenance.find((proof) => 'source' in proof);
		const source =
			mediaProof && 'source' in mediaProof ? sources.get(mediaProof.source) : undefined;
		const slide: TimelineSlide = {
			unique_id: event.id,
			start_date: edtfToTimelineDate(start!),
			...(end && end !== '..' && { end_date: edtfToTimelineDate(end) }),
			text: {
				headline: escapeHtml(localized(event.title, lang)),
				text: `${paragraphs(localized(event.summary, lang))}${proofsHtml(event, story, lang)}${draftMark(event.review, lang)}`
			},
			group: event.group ? escapeHtml(event.group) : groupOfCategory(event.category, lang),
			...(source && {
				media: {
					url: source.url,
					credit: escapeHtml(source.publisher),
					...(mediaNote &&
						mediaProof &&
						'detail' in mediaProof &&
						mediaProof.detail && { caption: escapeHtml(mediaProof.detail) })
				}
			})
		};
		return slide;
	});
	return {
		title: {
			text: {
				headline: escapeHtml(localized(story.title, lang)),
				text: `${paragraphs(localized(story.dek, lang))}${draftMark(story.review, lang)}`
			}
		},
		events
	};
}
