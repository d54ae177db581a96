import { describe, expect, it } from 'vitest';
import { frenchSpacingProblems, withFrenchSpacing } from './typography';

const NB = '\u00a0';
const NNB = '\u202f';

describe('frenchSpacingProblems', () => {
	it.each<[string, string, string[]]>([
		['no-break spaces everywhere', `Pachinian${NB}: «${NB}nous partirons${NB}»${NB}?`, []],
		['narrow no-break spaces', `Vraiment${NNB}! «${NNB}Oui${NNB}»${NNB};`, []],
		['a time is not punctuation', 'à 11:30, heure de Minsk', []],
		['no punctuation at all', 'Le sommet de l’OTSC à Minsk.', []],
		[
			'an ordinary space before a colon',
			'Pachinian : nous partirons',
			['needs a no-break space before ":", found an ordinary space (at "Pachinian :")']
		],
		[
			'no space before a semicolon',
			'signé; refusé',
			['needs a no-break space before ";", found "é" (at "signé;")']
		],
		[
			'ordinary spaces inside guillemets',
			'« gelé »',
			[
				'needs a no-break space after "«", found an ordinary space (at "« gelé »")',
				'needs a no-break space before "»", found an ordinary space (at "« gelé »")'
			]
		],
		['a second mark after the first needs no space of its own', `Quoi${NB}?!`, []]
	])('%s', (_, text, expected) => {
		expect(frenchSpacingProblems(text)).toEqual(expected);
	});
});

describe('withFrenchSpacing', () => {
	it.each<[string, string]>([
		['Pachinian : nous partirons', `Pachinian${NB}: nous partirons`],
		['signé; refusé', `signé${NB}; refusé`],
		['« gelé »', `«${NB}gelé${NB}»`],
		[
			'L’article dit « depuis » : l’intervalle',
			`L’article dit «${NB}depuis${NB}»${NB}: l’intervalle`
		],
		['à 11:30', 'à 11:30'],
		// Spaced already (a text typed or pasted with its no-break spaces): left as it is.
		[`«${NB}gelé${NB}»${NB}:`, `«${NB}gelé${NB}»${NB}:`],
		[`«${NNB}gelé${NNB}»`, `«${NNB}gelé${NNB}»`]
	])('%s', (text, spaced) => {
		expect(withFrenchSpacing(text)).toBe(spaced);
		expect(withFrenchSpacing(spaced)).toBe(spaced);
		expect(frenchSpacingProblems(withFrenchSpacing(text))).toEqual([]);
	});
});
