/** Each extractor on its own, table-driven: dates with their anchors, places, people, quotes, attendance. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, type Lang } from './dates';
import { findPlaces } from './places';
import { findActors } from './actors';
import { findQuotes } from './quotes';
import { attendanceIn } from './events';
import { fold, locate, sentences, verbatim } from './text';
import { ingest } from './index';

describe('findDates', () => {
	// [text, language, published, words, EDTF, part of day]
	it.each<[string, Lang, string, string, string, string?]>([
		[
			'Poutine s’est rendu à Minsk ce jeudi matin.',
			'fr',
			'2023-11-23',
			'ce jeudi matin',
			'2023-11-23',
			'morning'
		],
		['Il a parlé mercredi soir.', 'fr', '2023-11-23', 'mercredi soir', '2023-11-22', 'evening'],
		['Il est arrivé lundi.', 'fr', '2023-11-23', 'lundi', '2023-11-20'],
		['Le ministre est attendu jeudi à Paris.', 'fr', '2023-11-21', 'jeudi', '2023-11-23'],
		['Il a signé en février dernier.', 'fr', '2023-11-23', 'en février dernier', '2023-02'],
		['Il a signé en février dernier.', 'fr', '2023-01-10', 'en février dernier', '2022-02'],
		["Les ventes ont baissé l'an dernier.", 'fr', '2023-11-23', "l'an dernier", '2022'],
		['Il a refusé il y a un an.', 'fr', '2023-11-23', 'il y a un an', '2022-11-23~'],
		[
			'Le traité, signé le 15 mai 1992, reste en vigueur.',
			'fr',
			'2023-11-23',
			'15 mai 1992',
			'1992-05-15'
		],
		['Le ministère a démenti aujourd’hui.', 'fr', '2023-11-23', 'aujourd’hui', '2023-11-23'],
		["Le ministère a démenti aujourd'hui.", 'fr', '2023-11-23', "aujourd'hui", '2023-11-23'],
		['Les dirigeants se sont réunis en décembre.', 'fr', '2024-01-02', 'en décembre', '2023-12'],
		['He spoke on Tuesday.', 'en', '2023-11-23', 'on Tuesday', '2023-11-21'],
		['Sales fell last year.', 'en', '2023-11-23', 'last year', '2022'],
		['The deal was signed on 4 April.', 'en', '2023-11-23', 'on 4 April', '2023-04-04'],
		[
			'The summit will open on Wednesday evening.',
			'en',
			'2023-11-23',
			'on Wednesday evening',
			'2023-11-29',
			'evening'
		],
		['Talks began a year ago.', 'en', '2023-11-23', 'a year ago', '2022-11-23~'],
		['Finland joined in 2023.', 'en', '2024-03-07', 'in 2023', '2023'],
		[
			'Les discussions se tiendront du 5 au 7 mai.',
			'fr',
			'2024-04-01',
			'5 au 7 mai',
			'2024-05-05/2024-05-07'
		]
	])('%s (%s, published %s) → %s = %s', (text, lang, published, words, edtf, partOfDay) => {
		const [found] = findDates(text, lang, published);
		expect(found).toMatchObject({ wording: words, edtf });
		expect(found?.partOfDay).toBe(partOfDay);
		expect(text.slice(found!.start, found!.end)).toBe(words);
	});

	it.each<[string, Lang]>([
		['Le sommet de deux jours a commencé.', 'fr'],
		['Erdogan may decide soon.', 'en'],
		['Il a parlé de la situation.', 'fr']
	])('finds no date in "%s"', (text, lang) => {
		expect(findDates(text, lang, '2023-11-23')).toEqual([]);
	});
});

describe('the direction of a date, from its sentence', () => {
	const ASEAN = readFileSync('tests/fixtures/articles/asean-vientiane-en.txt', 'utf8');
	const VILNIUS = readFileSync('tests/fixtures/articles/nato-vilnius-fr.txt', 'utf8');
	const sentenceWith = (text: string, words: string) =>
		sentences(text).find((s) => s.text.includes(words))!.text;
	// [sentence, language, published, words, EDTF]: forward cues read the coming day, past
	// tenses and a bare date the previous one.
	it.each<[string, Lang, string, string, string]>([
		// The bundled articles' sentences (ASEAN: Wednesday 9 October 2024).
		[sentenceWith(ASEAN, 'Thursday and Friday'), 'en', '2024-10-09', 'on Thursday', '2024-10-10'],
		[sentenceWith(ASEAN, 'Thursday and Friday'), 'en', '2024-10-09', 'Friday', '2024-10-11'],
		[sentenceWith(ASEAN, 'on 20 October'), 'en', '2024-10-09', 'on 20 October', '2024-10-20'],
		[sentenceWith(ASEAN, 'in December'), 'en', '2024-10-09', 'in December', '2024-12'],
		[
			sentenceWith(ASEAN, 'in Vientiane on Tuesday'),
			'en',
			'2024-10-09',
			'on Tuesday',
			'2024-10-08'
		],
		[sentenceWith(ASEAN, 'flying in on Tuesday'), 'en', '2024-10-09', 'on Tuesday', '2024-10-08'],
		[sentenceWith(ASEAN, 'on Wednesday'), 'en', '2024-10-09', 'on Wednesday', '2024-10-09'],
		[sentenceWith(VILNIUS, 'est attendu mercredi'), 'fr', '2023-07-11', 'mercredi', '2023-07-12'],
		[sentenceWith(VILNIUS, 'réunis mardi'), 'fr', '2023-07-11', 'mardi', '2023-07-11'],
		[sentenceWith(VILNIUS, 'lundi soir'), 'fr', '2023-07-11', 'lundi soir', '2023-07-10'],
		// Our own, on Thursday 23 November 2023.
		['The leaders will meet on Monday.', 'en', '2023-11-23', 'on Monday', '2023-11-27'],
		['The leaders met on Monday.', 'en', '2023-11-23', 'on Monday', '2023-11-20'],
		['He said on Monday that he will go.', 'en', '2023-11-23', 'on Monday', '2023-11-20'],
		['Talks are due to resume on 20 December.', 'en', '2023-11-23', 'on 20 December', '2023-12-20'],
		['The deal was signed on 20 December.', 'en', '2023-11-23', 'on 20 December', '2022-12-20'],
		['The upcoming summit opens on Monday.', 'en', '2023-11-23', 'on Monday', '2023-11-27'],
		['Talks on Monday, sources say.', 'en', '2023-11-23', 'on Monday', '2023-11-20'],
		[
			'Le prochain sommet se tiendra vendredi à Astana.',
			'fr',
			'2023-11-23',
			'vendredi',
			'2023-11-24'
		],
		['Macron recevra Scholz lundi.', 'fr', '2023-11-23', 'lundi', '2023-11-27'],
		['Les ministres doivent se retrouver lundi.', 'fr', '2023-11-23', 'lundi', '2023-11-27'],
		['Le traité a été signé le 20 décembre.', 'fr', '2023-11-23', '20 décembre', '2022-12-20'],
		['Le sommet est prévu le 20 décembre.', 'fr', '2023-11-23', '20 décembre', '2023-12-20'],
		['Il a dit lundi qu’il viendra.', 'fr', '2023-11-23', 'lundi', '2023-11-20'],
		['Réunion lundi, selon le Kremlin.', 'fr', '2023-11-23', 'lundi', '2023-11-20']
	])('%s (%s, published %s): %s → %s', (text, lang, published, words, edtf) => {
		const found = findDates(text, lang, published).find((m) => m.wording === words);
		expect(found?.edtf).toBe(edtf);
	});

	it('notes that the article announces a fact dated after its publication', () => {
		const { story } = ingest({ text: ASEAN, published: '2024-10-09' });
		const announced = story.events.filter((e) =>
			e.notes?.some((n) => n.text.en?.startsWith('The article announces this'))
		);
		expect(announced.map((e) => e.date.edtf).sort()).toEqual([
			'2024-10-10',
			'2024-10-11',
			'2024-10-20',
			'2024-12',
			'2025'
		]);
	});
});

describe('findPlaces', () => {
	it.each<[string, Lang, string[]]>([
		['Le président biélorusse a reçu le président kazakh.', 'fr', ['BLR', 'KAZ']],
		['Les dirigeants kirghize et tadjik étaient là.', 'fr', ['KGZ', 'TJK']],
		['Le ministère arménien a démenti, sans l’Arménie.', 'fr', ['ARM', 'ARM']],
		["Turkey's President met Lithuanian officials.", 'en', ['TUR', 'LTU']],
		['The U.S. and the UK signed.', 'en', ['USA', 'GBR']],
		['Il est arrivé à Moscou puis à Erevan.', 'fr', ['RUS', 'ARM']],
		['Leaders met in Vilnius and Kyiv.', 'en', ['LTU', 'UKR']],
		['Nous devons agir, us and them.', 'en', []]
	])('%s → %j', (text, lang, states) => {
		expect(findPlaces(text, lang).map((p) => p.iso3)).toEqual(states);
	});

	it('gives a city its coordinates and state', () => {
		const [minsk] = findPlaces('Le sommet se tient à Minsk.', 'fr');
		expect(minsk).toMatchObject({ kind: 'city', iso3: 'BLR', text: 'Minsk' });
		expect(minsk!.city!.lat).toBeCloseTo(53.9, 1);
		expect(minsk!.city!.lon).toBeCloseTo(27.57, 1);
	});
});

describe('findActors', () => {
	it.each<[string, Lang, string, string | undefined, string | undefined]>([
		[
			'Le président kazakh Kassym-Jomart Tokaïev est arrivé.',
			'fr',
			'Kassym-Jomart Tokaïev',
			'président kazakh',
			'KAZ'
		],
		[
			'Le ministre biélorusse de la Défense Sergueï Aleinik a parlé.',
			'fr',
			'Sergueï Aleinik',
			'ministre biélorusse de la Défense',
			'BLR'
		],
		[
			'NATO Secretary General Jens Stoltenberg spoke.',
			'en',
			'Jens Stoltenberg',
			'NATO Secretary General',
			undefined
		],
		[
			"Turkey's President Recep Tayyip Erdogan agreed.",
			'en',
			'Recep Tayyip Erdogan',
			"Turkey's President",
			'TUR'
		],
		[
			'Olaf Scholz, the German Chancellor, arrived.',
			'en',
			'Olaf Scholz',
			'German Chancellor',
			'DEU'
		],
		['Poutine s’est rendu à Minsk.', 'fr', 'Poutine', undefined, undefined]
	])('%s → %s (%s)', (text, lang, name, role, iso3) => {
		const person = findActors(text, lang).actors.find((a) => a.kind === 'person');
		expect(person).toMatchObject({ name, ...(role && { role }) });
		expect(person?.kind === 'person' ? person.role : 'none').toBe(role);
		expect(person?.iso3).toBe(iso3);
	});

	it.each<[string, Lang, string, string]>([
		[
			"l'Organisation du Traité de sécurité collective (OTSC), qui tient son sommet",
			'fr',
			'Organisation du Traité de sécurité collective',
			'OTSC'
		],
		[
			'the North Atlantic Treaty Organization (NATO) met',
			'en',
			'North Atlantic Treaty Organization',
			'NATO'
		],
		['the Group of Seven (G7) summit', 'en', 'Group of Seven', 'G7'],
		['a-t-il souligné, selon l’EFE.', 'fr', 'EFE', 'EFE']
	])('%s → %s (%s)', (text, lang, name, acronym) => {
		expect(findActors(text, lang).actors).toContainEqual(
			expect.objectContaining({ kind: 'organisation', name, acronym })
		);
	});
});

describe('findQuotes', () => {
	it.each<[string, Lang, string, string | undefined]>([
		[
			'Le président Alexandre Loukachenko a ouvert le sommet. « Nous devons analyser les tendances », a-t-il déclaré.',
			'fr',
			'Nous devons analyser les tendances',
			'Alexandre Loukachenko'
		],
		[
			'Le président biélorusse Alexandre Loukachenko est là. Loukachenko, allié du Kremlin, a ajouté : « Il est nécessaire de trouver des solutions ».',
			'fr',
			'Il est nécessaire de trouver des solutions',
			'Alexandre Loukachenko'
		],
		[
			'Des documents concernent « les sphères politique et militaire du bloc », a rapporté le ministre biélorusse de la Défense Sergueï Aleinik.',
			'fr',
			'les sphères politique et militaire du bloc',
			'Sergueï Aleinik'
		],
		[
			'"This is a historic day," said Secretary General Jens Stoltenberg.',
			'en',
			'This is a historic day,',
			'Jens Stoltenberg'
		],
		[
			'“Peace will become closer today,” Prime Minister Fumio Kishida said.',
			'en',
			'Peace will become closer today,',
			'Fumio Kishida'
		],
		[
			'Poutine veut aborder, selon le Kremlin, « l’amélioration du système de sécurité ».',
			'fr',
			'l’amélioration du système de sécurité',
			'Kremlin'
		],
		[
			'Il parle d’une « opération militaire spéciale en cours ».',
			'fr',
			'opération militaire spéciale en cours',
			undefined
		]
	])('%s', (text, lang, inner, speaker) => {
		const { actors, mentions } = findActors(text, lang);
		const [quote] = findQuotes(text, actors, mentions);
		expect(quote?.inner.text).toBe(inner);
		expect(quote?.speaker === undefined ? undefined : actors[quote.speaker]!.name).toBe(speaker);
	});
});

describe('attendanceIn', () => {
	const statuses = (text: string, lang: Lang) => {
		const places = findPlaces(text, lang);
		const { actors, mentions } = findActors(text, lang);
		return Object.fromEntries(
			attendanceIn(fold(text), 0, lang, places, mentions, actors, false).map((a) => [
				a.iso3,
				a.remote ? `${a.status} (remote)` : a.status
			])
		);
	};
	it.each<[string, Lang, Record<string, string>]>([
		['Le sommet s’est ouvert en l’absence de l’Arménie.', 'fr', { ARM: 'absent' }],
		[
			'Il s’est adressé aux représentants de la Russie et du Kazakhstan, mais pas à l’Arménie.',
			'fr',
			{ RUS: 'present', KAZ: 'present', ARM: 'absent' }
		],
		['Les dirigeants se sont réunis sans l’Arménie.', 'fr', { ARM: 'absent' }],
		['Le président arménien a renoncé au voyage.', 'fr', { ARM: 'absent' }],
		['Le président biélorusse a participé par visioconférence.', 'fr', { BLR: 'present (remote)' }],
		['Armenian Prime Minister Nikol Pashinyan did not attend.', 'en', { ARM: 'absent' }],
		[
			'Ukrainian President Volodymyr Zelensky took part by video link.',
			'en',
			{ UKR: 'present (remote)' }
		],
		['The summit was hosted by Indonesian President Joko Widodo.', 'en', { IDN: 'host' }],
		[
			'Belarusian President Alexander Lukashenko hosted the leaders of Russia and Tajikistan.',
			'en',
			{ BLR: 'host', RUS: 'present', TJK: 'present' }
		],
		['Russia and China signed a trade deal.', 'en', {}]
	])('%s', (text, lang, expected) => {
		expect(statuses(text, lang)).toEqual(expected);
	});
});

describe('text', () => {
	it.each([
		['l’Arménie', "l'Arménie"],
		['“Peace”', '"Peace"'],
		['a-t-il déclaré', 'a-t-il  déclaré']
	])('finds %s written as %s, and keeps the article’s own characters', (inText, asWritten) => {
		const text = `Avant ${inText} après.`;
		expect(locate(text, asWritten)).toEqual([6, 6 + inText.length]);
		expect(verbatim(text, asWritten)).toBe(inText);
	});
	it('cuts sentences at their ends, not after an abbreviation or inside « … »', () => {
		const text = 'M. Dupont est arrivé. « Nous partons. Demain », a-t-il dit. Il est parti.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'M. Dupont est arrivé.',
			'« Nous partons. Demain », a-t-il dit.',
			'Il est parti.'
		]);
	});
});

describe('parts of the day', () => {
	it.each([
		['Poutine s’est rendu à Minsk ce jeudi matin.', 'fr', '2023-11-23', 'Europe/Minsk'],
		[
			'Le Premier ministre japonais Fumio Kishida est arrivé à Tokyo samedi soir.',
			'fr',
			'2023-05-21',
			'Asia/Tokyo'
		],
		// Kazakhstan has more than one time zone: the state alone cannot say which.
		[
			'Kazakh President Kassym-Jomart Tokayev landed in Kazakhstan on Monday night.',
			'en',
			'2023-05-24',
			undefined
		]
	] as const)('%s → in the hours of %s', (text, lang, published, timeZone) => {
		const [event] = ingest({ text, lang, published }).story.events;
		expect(event!.date.partOfDay).toBeDefined();
		expect(event!.date.timeZone).toBe(timeZone);
	});
});
