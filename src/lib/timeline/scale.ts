/**
 * The timeline's time scale: UTC time to pixels, linear, with calendar ticks from d3-time.
 * The part of d3-scale's `scaleUtc` the timeline uses, without its number and date formatting
 * (the axis labels with `Intl`), so the timeline ships a few kilobytes less.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
	(time: number | Date): number;
	invert(x: number): Date;
	domain(): [Date, Date];
	range(): [number, number];
	/** About `count` calendar ticks (years, months, days, hours…) across the domain. */
	ticks(count?: number): Date[];
}

export function timeScale(
	domain: readonly [number | Date, number | Date],
	[r0, r1]: readonly [number, number]
): TimeScale {
	const t0 = +domain[0];
	const t1 = +domain[1];
	const k = (r1 - r0) / (t1 - t0 || 1);
	const scale = ((time: number | Date) => r0 + (+time - t0) * k) as TimeScale;
	scale.invert = (x) => new Date(t0 + (x - r0) / k);
	scale.domain = () => [new Date(t0), new Date(t1)];
	scale.range = () => [r0, r1];
	scale.ticks = (count = 10) => utcTicks(new Date(t0), new Date(t1), count);
	return scale;
}
