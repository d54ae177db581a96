/** Months as slider positions: the map's date moves a month, a quarter or a year a step. */

export const STEP_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
export type Step = keyof typeof STEP_MONTHS;

/** Months since January 1970 of a UTC date: the slider's value. */
export function monthIndex(time: number): number {
	const date = new Date(time);
	return date.getUTCFullYear() * 12 + date.getUTCMonth() - 1970 * 12;
}

/** The first day (UTC ms) of a month index. */
export function monthStart(index: number): number {
	return Date.UTC(1970, index, 1);
}

/** The next date of a play-through, or undefined past the end. */
export function nextStep(time: number, step: Step, end: number): number | undefined {
	const next = monthStart(monthIndex(time) + STEP_MONTHS[step]);
	return next > end ? undefined : next;
}
