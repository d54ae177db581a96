/**
 * The map's date played through a step at a time (a month, a quarter or a year), from where
 * the reader is, or from the start when at the end, until the last day. Readers who ask for
 * less motion get fewer, slower changes.
 */
import { reducedMotion } from '$lib/motion';
import type { Explorer } from '$lib/state/explorer.svelte';
import { nextStep, type Step } from './timeSteps';

export function playback(
	/** The views' state; its first and last day (UTC ms), and its date when none is chosen. */
	current: () => { explorer: Explorer; range: [number, number]; defaultDate: number }
) {
	let step: Step = $state('quarter');
	let timer: ReturnType<typeof setInterval> | undefined = $state();
	const stop = () => {
		clearInterval(timer);
		timer = undefined;
	};
	return {
		get step() {
			return step;
		},
		set step(value: Step) {
			step = value;
		},
		get playing() {
			return timer !== undefined;
		},
		stop,
		/** Plays, or pauses when playing. */
		toggle() {
			if (timer) return stop();
			const { explorer, range, defaultDate } = current();
			if (nextStep(explorer.date ?? defaultDate, step, range[1]) === undefined)
				explorer.date = range[0];
			timer = setInterval(
				() => {
					const { explorer, range, defaultDate } = current();
					const next = nextStep(explorer.date ?? defaultDate, step, range[1]);
					if (next === undefined) stop();
					else explorer.date = next;
				},
				reducedMotion() ? 1500 : 600
			);
		}
	};
}
