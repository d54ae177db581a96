import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DENSE,
	denseAfter,
	RenderSchedule,
	REST,
	SHARE_STEP,
	SPARSE,
	type Clock
} from './schedule.svelte';

/** The schedule on vitest's fake clock: a frame every 16 ms, a paint with it. */
function fakeClock(): Clock {
	return {
		now: () => Date.now(),
		setTimeout: (callback, ms) => setTimeout(callback, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
		requestAnimationFrame: (callback) => setTimeout(callback, 16) as unknown as number,
		cancelAnimationFrame: (handle) => clearTimeout(handle),
		afterNextPaint: (callback) => setTimeout(() => setTimeout(callback), 16)
	};
}

describe('denseAfter', () => {
	it.each([
		[false, DENSE, false],
		[false, DENSE + 1, true],
		[true, DENSE, true],
		[true, SPARSE + 1, true],
		[true, SPARSE, false],
		[false, SPARSE + 1, false]
	])('was dense %s, %i drawn: dense %s', (was, drawn, expected) => {
		expect(denseAfter(was, drawn)).toBe(expected);
	});
});

describe('RenderSchedule', () => {
	let labelled = 100;
	let schedule: RenderSchedule;
	beforeEach(() => {
		vi.useFakeTimers();
		labelled = 100;
		schedule = new RenderSchedule(() => labelled, fakeClock());
		schedule.canvas = true;
	});
	afterEach(() => {
		schedule.destroy();
		vi.useRealTimers();
	});

	it('rests with every labelled mark in the SVG', () => {
		expect(schedule.phase).toBe('resting');
		expect(schedule.share).toBe(Infinity);
		expect(schedule.held).toBe(false);
	});

	it('holds the SVG while the view moves, and until it has been still for REST ms', () => {
		schedule.moved();
		expect(schedule.phase).toBe('moving');
		expect(schedule.held).toBe(true);
		expect(schedule.layered).toBe(true);
		// Moving again and again: the rest waits for the last move.
		for (let i = 0; i < 10; i++) {
			vi.advanceTimersByTime(100);
			schedule.moved();
		}
		vi.advanceTimersByTime(REST - 1);
		expect(schedule.phase).toBe('moving');
		vi.advanceTimersByTime(1);
		expect(schedule.phase).toBe('growing');
		expect(schedule.held).toBe(false);
		expect(schedule.share).toBe(SHARE_STEP);
	});

	it('grows the SVG’s share a step a frame, then rests with all', () => {
		schedule.moved();
		vi.advanceTimersByTime(REST);
		expect(schedule.share).toBe(SHARE_STEP);
		vi.advanceTimersByTime(16);
		expect(schedule.share).toBe(2 * SHARE_STEP);
		vi.advanceTimersByTime(16);
		expect(schedule.share).toBe(3 * SHARE_STEP);
		vi.advanceTimersByTime(16);
		expect(schedule.share).toBe(Infinity);
		expect(schedule.phase).toBe('resting');
	});

	it('stops growing when the view moves again', () => {
		schedule.moved();
		vi.advanceTimersByTime(REST + 16);
		expect(schedule.phase).toBe('growing');
		schedule.moved();
		expect(schedule.phase).toBe('moving');
		const share = schedule.share;
		vi.advanceTimersByTime(REST - 1);
		expect(schedule.share).toBe(share);
	});

	it('gives other events their links back after the next paint, not a rest later', () => {
		schedule.replaced();
		expect(schedule.held).toBe(true);
		// The paint (a frame), then the two tasks after it (a millisecond each, on this clock).
		vi.advanceTimersByTime(20);
		expect(schedule.phase).toBe('growing');
		vi.advanceTimersByTime(16 * 3);
		expect(schedule.phase).toBe('resting');
	});

	it('never holds the SVG without a canvas to draw in its place', () => {
		schedule.canvas = false;
		schedule.moved();
		expect(schedule.phase).toBe('moving');
		expect(schedule.held).toBe(false);
		expect(schedule.layered).toBe(false);
	});

	it('is dense past DENSE marks, and stays so down to SPARSE', () => {
		schedule.measure(DENSE + 1, false);
		expect(schedule.dense).toBe(true);
		expect(schedule.layered).toBe(true);
		schedule.measure(SPARSE + 1, false);
		expect(schedule.dense).toBe(true);
		schedule.measure(SPARSE, false);
		expect(schedule.dense).toBe(false);
	});

	it('decides afresh for other events, and is never dense without a canvas', () => {
		schedule.measure(DENSE + 1, false);
		schedule.measure(SPARSE + 1, true);
		expect(schedule.dense).toBe(false);
		schedule.canvas = false;
		schedule.measure(DENSE * 10, false);
		expect(schedule.dense).toBe(false);
	});

	it('stops its timers when destroyed', () => {
		schedule.moved();
		schedule.destroy();
		vi.advanceTimersByTime(REST * 2);
		expect(schedule.phase).toBe('moving');
	});
});
