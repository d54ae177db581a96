/**
 * EDTF (ISO 8601-2) dates turned into what the views need: a time range in UTC
 * milliseconds and how precisely it is known. Runs at build time only; the browser gets
 * the resolved ranges, never the parser.
 */
import edtf, { Date as EdtfDateType, Interval as EdtfIntervalType } from 'edtf';
import type { EventDate } from './schema';
import { zonedToUtc } from './clock';

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
	/**
	 * An interval that runs on (`2024-02-22/..`): still going. `end` is then the end of its
	 * first bound, so that extents stay finite; views draw it running to their right edge.
	 */
	open?: true;
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
	// By class, not by `type`: that is the class's name, which a bundler may rename (`_Date`).
	const isInterval = parsed instanceof EdtfIntervalType;
	if (!isInterval && !(parsed instanceof EdtfDateType)) {
		throw new Error(`"${text}" is an EDTF ${parsed.type}; use a date or an interval`);
	}
	// `2024-02-22/..` runs on; an unknown end (`2024-02-22/`) or start (`../2024`) is not allowed.
	const open = isInterval && parsed.max === Infinity && /\/\.\.$/.test(text);
	const ends = isInterval ? [parsed.lower, ...(open ? [] : [parsed.upper])] : [parsed];
	if (ends.some((end) => end === undefined || end === null || !Number.isFinite(end.min))) {
		throw new Error(
			`"${text}" is an interval with an unknown end; give both ends, or ".." for one that runs on`
		);
	}
	const precision = ends
		.map(precisionOf)
		.reduce((a, b) => (COARSENESS.indexOf(a) <= COARSENESS.indexOf(b) ? a : b));
	const start = parsed.min;
	const end = open ? parsed.lower!.max : parsed.max;
	if (!(end >= start)) throw new Error(`"${text}" ends before it starts`);
	return {
		start,
		end,
		precision,
		interval: isInterval,
		approximate: ends.some((e) => qualified(e, 'approximate')),
		uncertain: ends.some((e) => qualified(e, 'uncertain')),
		...(open ? { open: true as const } : {})
	};
}

/** Local hours that a part of day covers, to draw "jeudi matin" narrower than the day. */
const PART_OF_DAY_HOURS = {
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [18, 22],
	night: [22, 30]
} as const;

const HOUR = 3_600_000;

export interface ResolvedDate extends DateRange, EventDate {
	/** The IANA time zone a part of day was read in: the event's place's. */
	timeZone?: string;
}

/**
 * Resolve an event's date, narrowing a single day to its part of day when the text gives one:
 * "ce jeudi matin" in Minsk is 06:00–12:00 in Minsk, not in UTC: in the zone the date names,
 * else in `timeZone`, its place's.
 */
export function resolveEventDate(date: EventDate, placeZone?: string): ResolvedDate {
	const range = parseEdtf(date.edtf);
	const timeZone = date.timeZone ?? placeZone;
	if (date.partOfDay) {
		if (range.interval || range.precision !== 'day') {
			throw new Error(`partOfDay "${date.partOfDay}" needs a single day, not "${date.edtf}"`);
		}
		const [from, to] = PART_OF_DAY_HOURS[date.partOfDay];
		const at = (hour: number) =>
			timeZone ? zonedToUtc(range.start + hour * HOUR, timeZone) : range.start + hour * HOUR;
		return {
			...date,
			...range,
			start: at(from),
			end: at(to) - 1,
			...(timeZone ? { timeZone } : {})
		};
	}
	return { ...date, ...range };
}
