import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../ingest/dates';
import { chooseDate, precisionOf, readWords, wordsFor, type DateChoice } from './date-words';

const PUBLISHED = '2023-11-23';
const SOURCE = 'Le sommet s’est ouvert ce jeudi à Minsk. Mercredi soir, les ministres ont signé.';

describe('reading dates from words', () => {
	it.each<[string, 'fr' | 'en', string | undefined, string?]>([
		['jeudi', 'fr', '2023-11-23'],
		['ce jeudi', 'fr', '2023-11-23'],
		['mercredi soir', 'fr', '2023-11-22', 'evening'],
		['23 novembre 2023', 'fr', '2023-11-23'],
		['novembre 2023', 'fr', '2023-11'],
		['en février dernier', 'fr', '2023-02'],
		['l’an dernier', 'fr', '2022'],
		['il y a un an', 'fr', '2022-11-23~'],
		['le 15 mai 1992', 'fr', '1992-05-15'],
		['en 2022', 'fr', '2022'],
		['November 23, 2023', 'en', '2023-11-23'],
		['February 2024', 'en', '2024-02'],
		['on Tuesday', 'en', '2023-11-21'],
		['2024-02-22/..', 'fr', '2024-02-22/..'],
		['1992-05', 'en', '1992-05'],
		['', 'fr', undefined],
		['bientôt', 'fr', undefined]
	])('"%s" (%s) → %s', (words, lang, edtf, partOfDay) => {
		const read = readWords(words, lang, PUBLISHED, findDates);
		expect(read?.edtf).toBe(edtf);
		expect(read?.partOfDay).toBe(partOfDay);
	});
});

describe('reading dates where they stand', () => {
	const ASEAN = readFileSync('data/stories/asean-vientiane-summit/source.txt', 'utf8');
	const OTSC = readFileSync('data/stories/otsc-minsk-summit/source.txt', 'utf8');
	const due =
		'US Secretary of State Antony Blinken, standing in for President Joe Biden, and Chinese Premier Li Qiang are due at the meetings with the bloc’s partners on Thursday and Friday, when the summits close and Laos hands the chair to Malaysia for next year.';
	// [words, language, published, context, EDTF]: the sentence's tense sets the direction.
	it.each<[string, 'fr' | 'en', string, string[], string]>([
		['on Thursday and Friday', 'en', '2024-10-09', [due, ASEAN], '2024-10-10/2024-10-11'],
		['on Thursday and Friday', 'en', '2024-10-09', [ASEAN], '2024-10-10/2024-10-11'],
		['on 20 October', 'en', '2024-10-09', [ASEAN], '2024-10-20'],
		['in December', 'en', '2024-10-09', [ASEAN], '2024-12'],
		['on Tuesday', 'en', '2024-10-09', [ASEAN], '2024-10-08'],
		['on Wednesday', 'en', '2024-10-09', [ASEAN], '2024-10-09'],
		['ce jeudi matin', 'fr', '2023-11-23', [OTSC], '2023-11-23'],
		// Out of the article, the words alone: a bare weekday is the past one.
		['on Thursday and Friday', 'en', '2024-10-09', [], '2024-10-03/2024-10-04'],
		[
			'jeudi et vendredi',
			'fr',
			'2024-10-09',
			['Les dirigeants se retrouveront jeudi et vendredi.'],
			'2024-10-10/2024-10-11'
		],
		[
			'lundi et mardi',
			'fr',
			'2024-10-09',
			['Les dirigeants se sont vus lundi et mardi.'],
			'2024-10-07/2024-10-08'
		]
	])('"%s" (%s, published %s) in its sentence → %s', (words, lang, published, context, edtf) => {
		expect(readWords(words, lang, published, findDates, context)?.edtf).toBe(edtf);
	});

	it('keeps the article’s words of a span as its wording', () => {
		const read = readWords('on Thursday and Friday', 'en', '2024-10-09', findDates, [ASEAN])!;
		const chosen = chooseDate(
			read,
			{ precision: 'day', approximate: false },
			'on Thursday and Friday',
			ASEAN
		);
		expect(chosen.date).toEqual({
			edtf: '2024-10-10/2024-10-11',
			wording: 'on Thursday and Friday'
		});
	});
});

describe('choosing precision and approximation', () => {
	it.each<[string, string, DateChoice, string, boolean, string | undefined]>([
		[
			'words kept as they are',
			'jeudi',
			{ precision: 'day', approximate: false },
			'2023-11-23',
			false,
			'jeudi'
		],
		[
			'made coarser: a month',
			'jeudi',
			{ precision: 'month', approximate: false },
			'2023-11',
			false,
			'jeudi'
		],
		[
			'made coarser: a year, approximate',
			'jeudi',
			{ precision: 'year', approximate: true },
			'2023~',
			false,
			'jeudi'
		],
		[
			'finer than the words: refused',
			'novembre 2023',
			{ precision: 'day', approximate: false },
			'2023-11',
			true,
			undefined
		],
		[
			'part of day kept at day precision',
			'Mercredi soir',
			{ precision: 'day', approximate: false },
			'2023-11-22',
			false,
			'Mercredi soir'
		],
		[
			'an EDTF interval cut at both ends',
			'2022-11-23/2023-11-23',
			{ precision: 'year', approximate: false },
			'2022/2023',
			false,
			undefined
		],
		[
			'an open interval stays open',
			'2024-02-22/..',
			{ precision: 'month', approximate: false },
			'2024-02/..',
			false,
			undefined
		]
	])('%s', (_, words, choice, edtf, finer, wording) => {
		const read = readWords(words, 'fr', PUBLISHED, findDates)!;
		const chosen = chooseDate(read, choice, words, SOURCE);
		expect(chosen.date.edtf).toBe(edtf);
		expect(chosen.morePreciseThanWords).toBe(finer);
		expect(chosen.date.wording).toBe(wording);
	});

	it('keeps the part of day only at day precision', () => {
		const read = readWords('mercredi soir', 'fr', PUBLISHED, findDates)!;
		expect(
			chooseDate(read, { precision: 'day', approximate: false }, 'x', SOURCE).date.partOfDay
		).toBe('evening');
		expect(
			chooseDate(read, { precision: 'month', approximate: false }, 'x', SOURCE).date.partOfDay
		).toBeUndefined();
	});
});

describe('words to start from', () => {
	it.each<[{ edtf: string; wording?: string }, 'fr' | 'en', string]>([
		[{ edtf: '2023-11-23', wording: 'ce jeudi' }, 'fr', 'ce jeudi'],
		[{ edtf: '2023-11-23' }, 'fr', '23 novembre 2023'],
		[{ edtf: '2023-11-23' }, 'en', 'November 23, 2023'],
		[{ edtf: '2024-02' }, 'fr', 'février 2024'],
		[{ edtf: '1992~' }, 'en', '1992'],
		[{ edtf: '2022-11-23/2023-11-23' }, 'fr', '2022-11-23/2023-11-23'],
		[{ edtf: '0501' }, 'fr', '0501']
	])('%j (%s) → "%s", which reads back', (date, lang, words) => {
		expect(wordsFor(date, lang)).toBe(words);
		if (!date.wording)
			expect(readWords(words, lang, PUBLISHED, findDates)?.edtf).toBe(date.edtf.replace('~', ''));
	});

	it.each([
		['2023-11-23', 'day'],
		['2023-11', 'month'],
		['2023~', 'year'],
		['-0501', 'year'],
		['2022-11-23/2023', 'day']
	])('precision of %s is %s', (edtf, precision) => {
		expect(precisionOf(edtf)).toBe(precision);
	});
});
