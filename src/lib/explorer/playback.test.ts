import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '$lib/state/explorer.svelte';
import { playback } from './playback.svelte';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const range: [number, number] = [day('2020-01-01'), day('2021-01-01')];

describe('playback', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	function start(date: number | undefined, reduce = false) {
		vi.stubGlobal('matchMedia', (query: string) => ({
			matches: reduce && query.includes('reduce')
		}));
		const explorer = new Explorer();
		explorer.date = date;
		const player = playback(() => ({ explorer, range, defaultDate: day('2020-06-15') }));
		return { explorer, player };
	}

	it.each([
		['from the reader’s date', day('2020-03-10'), ['2020-06-01', '2020-09-01', '2020-12-01']],
		['from the default date', undefined, ['2020-09-01', '2020-12-01']],
		['from the start when at the end', day('2020-12-20'), ['2020-04-01', '2020-07-01']]
	])('steps a quarter at a time %s', (_, date, steps) => {
		const { explorer, player } = start(date);
		player.toggle();
		expect(player.playing).toBe(true);
		for (const step of steps) {
			vi.advanceTimersByTime(600);
			expect(explorer.date).toBe(day(step));
		}
	});

	it('stops at the last day, and pauses when asked', () => {
		const { explorer, player } = start(day('2020-10-01'));
		player.step = 'month';
		player.toggle();
		vi.advanceTimersByTime(600 * 3);
		expect(explorer.date).toBe(day('2021-01-01'));
		vi.advanceTimersByTime(600);
		expect(player.playing).toBe(false);
		player.toggle();
		player.toggle();
		expect(player.playing).toBe(false);
	});

	it('changes less often for readers who ask for less motion', () => {
		const { explorer, player } = start(day('2020-01-01'), true);
		player.toggle();
		vi.advanceTimersByTime(600);
		expect(explorer.date).toBe(day('2020-01-01'));
		vi.advanceTimersByTime(900);
		expect(explorer.date).toBe(day('2020-04-01'));
	});
});
