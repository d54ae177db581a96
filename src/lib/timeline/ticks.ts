/**
 * Axis ticks from the d3 time scale, labelled with `Intl` in the page language: years,
 * months, days or hours, with the year or the day named where the reader needs it.
 */
import type { TimeScale } from './scale';
import type { Language } from '$lib/i18n';
import { estimateTextWidth } from './layout';
import { YEAR_ONE } from '$lib/story/format';

export interface Tick {
	time: number;
	label: string;
	/** Starts a larger unit (a year, a month, a day): drawn stronger. */
	major: boolean;
}

const DAY = 86_400_000;
type Unit = 'year' | 'month' | 'day' | 'hour';

const FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	monthYear: { month: 'short', year: 'numeric' },
	month: { month: 'short' },
	dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
	day: { day: 'numeric', month: 'short' },
	weekday: { weekday: 'short', day: 'numeric', month: 'short' },
	weekdayHour: {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit'
	},
	hour: { hour: '2-digit', minute: '2-digit' }
};

const cache = new Map<string, Intl.DateTimeFormat>();
/** Labels made, by format and time: a zoom or a pan shows the same ticks frame after frame. */
const labels = new Map<string, string>();
const MOST_LABELS = 2000;
function format(language: Language, name: keyof typeof FORMATS, time: number): string {
	// Before year 1 a year is named with its era: "501 av. J.-C.", not "501".
	const era = time < YEAR_ONE && name !== 'hour';
	const key = `${language}:${name}:${era}`;
	const labelKey = `${key}:${time}`;
	let label = labels.get(labelKey);
	if (label !== undefined) return label;
	let formatter = cache.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(language, {
			...FORMATS[name],
			...(era ? { era: 'short' } : {}),
			timeZone: 'UTC'
		});
		cache.set(key, formatter);
	}
	label = formatter.format(time);
	if (labels.size >= MOST_LABELS) labels.clear();
	labels.set(labelKey, label);
	return label;
}

function unitOf(step: number): Unit {
	if (step >= 360 * DAY) return 'year';
	if (step >= 28 * DAY) return 'month';
	if (step >= DAY) return 'day';
	return 'hour';
}

/** A tick label that says the unit the ticks step by, and the larger unit where it changes. */
export function tickLabel(time: number, unit: Unit, first: boolean, language: Language): Tick {
	const date = new Date(time);
	const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
	const midnight = time % DAY === 0;
	switch (unit) {
		case 'year':
			return { time, label: format(language, 'year', time), major: true };
		case 'month':
			return {
				time,
				label: format(language, first || newYear ? 'monthYear' : 'month', time),
				major: newYear
			};
		case 'day':
			return {
				time,
				label: format(language, first || newYear ? 'dayYear' : 'day', time),
				major: date.getUTCDate() === 1
			};
		case 'hour':
			return {
				time,
				label: format(language, midnight ? 'weekday' : first ? 'weekdayHour' : 'hour', time),
				major: midnight
			};
	}
}

/** About one tick per `spacing` pixels. */
export function axisTicks(scale: TimeScale, language: Language, spacing = 110): Tick[] {
	const [from = 0, to = 0] = scale.range();
	const count = Math.max(2, Math.floor(Math.abs(to - from) / spacing));
	const times = scale.ticks(count).map((date) => date.getTime());
	if (times.length === 0) return [];
	const step = times.length > 1 ? times[1]! - times[0]! : DAY;
	const unit = unitOf(step);
	const ticks = times.map((time, i) => tickLabel(time, unit, i === 0, language));
	// A label that would run into the previous one or out of the view is left blank.
	let taken = -Infinity;
	for (const tick of ticks) {
		const x = scale(tick.time) + 4;
		const end = x + estimateTextWidth(tick.label);
		if (x < taken + 8 || x < 0 || end > Math.max(from, to)) tick.label = '';
		else taken = end;
	}
	return ticks;
}
