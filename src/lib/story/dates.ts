/**
 * EDTF (ISO 8601-2) dates turned into what the views need: a time range in UTC
 * milliseconds and how precisely it is known. Runs at build time only; the browser gets
 * the resolved ranges, never the parser.
 */
import edtf from 'edtf';
import type { EventDate } from './schema';

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface DateRange {
	/** First millisecond the date can denote (UTC). */
	start: number;
	/** Last millisecond the date can denote (UTC). */
	end: number;
	/** Precision of the least precise end. */
	precision: Precision;
	interval: boolean;
	approximate: boolean;
	uncertain: boolean;
}

const PRECISION: Record<number, Precision> = { 0: 'time', 1: 'year', 2: 'month', 3: 'day' };
/** Lower is coarser: an interval is as precise as its coarsest end. */
const COARSENESS: Precision[] = ['year', 'month', 'day', 'time'];

interface EdtfDate {
	type: string;
	min: number;
	max: number;
	precision?: number;
	approximate?: { value: number };
	uncertain?: { value: number };
	lower?: EdtfDate;
	upper?: EdtfDate;
}

function precisionOf(date: EdtfDate | undefined): Precision {
	return PRECISION[date?.precision ?? 3] ?? 'day';
}

function qualified(date: EdtfDate | undefined, flag: 'approximate' | 'uncertain'): boolean {
	return (date?.[flag]?.value ?? 0) !== 0;
}

/**
 * Parse an EDTF string. Throws an Error whose message says what is wrong, e.g. a day that
 * does not exist or an interval that ends before it starts.
 */
export function parseEdtf(text: string): DateRange {
	let parsed: EdtfDate;
	try {
		parsed = edtf(text) as EdtfDate;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new Error(`"${text}" is not a valid EDTF date (${reason})`, { cause: error });
	}
	if (parsed.type !== 'Date' && parsed.type !== 'Interval') {
		throw new Error(`"${text}" is an EDTF ${parsed.type}; use a date or an interval`);
	}
	const ends = parsed.type === 'Interval' ? [parsed.lower, parsed.upper] : [parsed];
	if (ends.some((end) => end === undefined || !Number.isFinite(end.min))) {
		throw new Error(`"${text}" is an open or unknown interval; give both ends`);
	}
	const precision = ends
		.map(precisionOf)
		.reduce((a, b) => (COARSENESS.indexOf(a) <= COARSENESS.indexOf(b) ? a : b));
	const start = parsed.min;
	const end = parsed.max;
	if (!(end >= start)) throw new Error(`"${text}" ends before it starts`);
	return {
		start,
		end,
		precision,
		interval: parsed.type === 'Interval',
		approximate: ends.some((e) => qualified(e, 'approximate')),
		uncertain: ends.some((e) => qualified(e, 'uncertain'))
	};
}

/** Hours (UTC) that a part of day covers, to draw "jeudi matin" narrower than the day. */
const PART_OF_DAY_HOURS = {
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [18, 22],
	night: [22, 30]
} as const;

export interface ResolvedDate extends DateRange, EventDate {}

/** Minutes a time zone is ahead of UTC at a given instant (Minsk: 180). Throws on an unknown zone. */
export function zoneOffsetMinutes(timeZone: string, at: number): number {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric'
		});
	} catch {
		throw new Error(`"${timeZone}" is not a known IANA time zone`);
	}
	const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
	const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
	return Math.round((local - at) / 60_000);
}

/**
 * Resolve an event's date, narrowing a single day to its part of day when the text gives one:
 * the hours of the place's own time zone when the date names it, else UTC's.
 */
export function resolveEventDate(date: EventDate): ResolvedDate {
	const range = parseEdtf(date.edtf);
	if (date.partOfDay) {
		if (range.interval || range.precision !== 'day') {
			throw new Error(`partOfDay "${date.partOfDay}" needs a single day, not "${date.edtf}"`);
		}
		const [from, to] = PART_OF_DAY_HOURS[date.partOfDay];
		const hour = 3_600_000;
		const shift = date.timeZone
			? zoneOffsetMinutes(date.timeZone, range.start + 12 * hour) * 60_000
			: 0;
		return {
			...date,
			...range,
			start: range.start + from * hour - shift,
			end: range.start + to * hour - 1 - shift
		};
	}
	return { ...date, ...range };
}
