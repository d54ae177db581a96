import { timeScale } from './scale';
import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks';

const at = (iso: string) => new Date(iso);

describe('axisTicks names the unit it steps by, in the page language', () => {
	it.each([
		// window, width, first labels in French, first labels in English
		[['1990-01-01', '2025-01-01'], 900, ['1990', '1995', '2000'], ['1990', '1995', '2000']],
		[
			['2022-11-15', '2023-12-05'],
			900,
			['déc. 2022', 'janv. 2023', 'févr.'],
			['Dec 2022', 'Jan 2023', 'Feb']
		],
		[['2023-11-10', '2023-11-30'], 900, ['11 nov. 2023', '13 nov.'], ['Nov 11, 2023', 'Nov 13']],
		[
			['2023-11-23T04:00Z', '2023-11-23T14:00Z'],
			900,
			['jeu. 23 nov., 04:00', '06:00', '07:00'],
			['Thu, Nov 23, 04:00 AM', '06:00 AM', '07:00 AM']
		],
		[
			['2023-11-22T12:00Z', '2023-11-24T12:00Z'],
			900,
			['mer. 22 nov., 12:00', 'jeu. 23 nov.', '06:00'],
			['Wed, Nov 22, 12:00 PM', 'Thu, Nov 23', '06:00 AM']
		]
	] as const)('%j over %i px', ([from, to], width, fr, en) => {
		const scale = timeScale([at(from), at(to)], [0, width]);
		const labels = (language: 'fr' | 'en') =>
			axisTicks(scale, language)
				.map((tick) => tick.label.replace(/\s/g, ' '))
				.filter(Boolean)
				.slice(0, fr.length);
		expect(labels('fr')).toEqual(fr);
		expect(labels('en')).toEqual(en);
	});

	it('leaves out a label that would run into the previous one', () => {
		const scale = timeScale([at('2023-11-01'), at('2023-12-01')], [0, 300]);
		const ticks = axisTicks(scale, 'fr', 20);
		expect(ticks.length).toBeGreaterThan(5);
		const shown = ticks.filter((tick) => tick.label);
		expect(shown.length).toBeLessThan(ticks.length);
		const xs = shown.map((tick) => scale(tick.time));
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(40);
	});
});
