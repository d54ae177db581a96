/**
 * States and places named in an article: countries by their names and adjectives in French
 * and English (world-countries, i18n-iso-countries), cities by the GeoNames table of
 * cities-table.ts, each mapped to its state.
 */
import countries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import frNames from 'i18n-iso-countries/langs/fr.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { getCountry } from 'countries-and-timezones';
import { CITIES } from './cities-table';
import { fold, key } from './text';
import type { Lang } from './dates';

export interface City {
	names: string[];
	iso3: string;
	lat: number;
	lon: number;
	/** GeoNames id: https://www.geonames.org/<id> */
	geonames: number;
}

export interface PlaceMention {
	start: number;
	end: number;
	/** The article's words, e.g. "biélorusse", "l’Arménie" without the article. */
	text: string;
	kind: 'country' | 'city';
	iso3: string;
	/** A country's name or its adjective ("kazakh", "Lithuanian", "Turkey’s"). */
	form: 'name' | 'adjective';
	city?: City;
}

interface Entry {
	iso3: string;
	form: 'name' | 'adjective';
	/** The languages an adjective is used in: French ones in lower case, English ones capitalised. */
	langs?: Set<Lang>;
	city?: City;
}

/** Adjectives and names the kept data lacks or spells otherwise. */
const EXTRA_ADJECTIVES: Record<string, [Lang, string[]]> = {
	KAZ: ['fr', ['kazakh', 'kazakhe', 'kazakhs', 'kazakhes']],
	KGZ: ['fr', ['kirghiz', 'kirghize', 'kirghizes', 'kirghizs']],
	TJK: ['fr', ['tadjik', 'tadjike', 'tadjiks', 'tadjikes']],
	UZB: ['fr', ['ouzbek', 'ouzbèke', 'ouzbeks', 'ouzbèkes', 'ouzbeke', 'ouzbekes']],
	AZE: [
		'fr',
		['azéri', 'azérie', 'azéris', 'azerbaïdjanais', 'azerbaïdjanaise', 'azerbaïdjanaises']
	],
	BLR: ['fr', ['biélorusse', 'biélorusses', 'bélarusse', 'bélarusses']],
	USA: ['fr', ['américain', 'américaine', 'américains', 'américaines']],
	GBR: ['fr', ['britannique', 'britanniques']],
	TUR: ['fr', ['turc', 'turque', 'turcs', 'turques']],
	CHN: ['fr', ['chinois', 'chinoise', 'chinoises']],
	DEU: ['fr', ['allemand', 'allemande', 'allemands', 'allemandes']]
};
const EXTRA_EN_ADJECTIVES: Record<string, string[]> = {
	KAZ: ['Kazakh', 'Kazakhs'],
	KGZ: ['Kyrgyz'],
	TJK: ['Tajik', 'Tajiks'],
	UZB: ['Uzbek', 'Uzbeks'],
	AZE: ['Azeri', 'Azerbaijani', 'Azerbaijanis'],
	BLR: ['Belarusian', 'Belarusians', 'Belarusan'],
	GBR: ['British'],
	USA: ['American', 'Americans', 'US', 'U.S.'],
	TUR: ['Turkish'],
	NLD: ['Dutch']
};
const EXTRA_NAMES: Record<string, string[]> = {
	BLR: ['Bélarus', 'Belarus', 'Biélorussie'],
	USA: ['Etats-Unis', 'États-Unis', 'USA', 'United States', 'U.S.', 'US'],
	GBR: ['Royaume-Uni', 'UK', 'Britain', 'Great Britain', 'United Kingdom'],
	TUR: ['Turquie', 'Turkey', 'Türkiye'],
	KGZ: ['Kirghizstan', 'Kirghizistan', 'Kyrgyzstan'],
	RUS: ['Russie', 'Russia'],
	CZE: ['Czech Republic', 'République tchèque', 'Tchéquie'],
	MDA: ['Moldavie', 'Moldova']
};
/** Short words that are country codes only when written in capitals. */
const SHORT_OK = /^(?:US|USA|UK|U\.S\.|RDC|UAE|EAU)$/u;

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const tokenKey = (words: string) => (fold(words).match(TOKEN) ?? []).map((w) => key(w)).join(' ');

let lexicon: Map<string, Entry> | undefined;
let byIso3: Map<string, (typeof countries)[number]> | undefined;
let cityList: City[] | undefined;

/** The cities of the table, parsed once. */
export function cities(): City[] {
	cityList ??= CITIES.split('\n').map((line) => {
		const [names = '', iso3 = '', lat = '0', lon = '0', id = '0'] = line.split(';');
		return {
			names: names.split('|'),
			iso3,
			lat: Number(lat),
			lon: Number(lon),
			geonames: Number(id)
		};
	});
	return cityList;
}

function buildLexicon(): Map<string, Entry> {
	isoCountries.registerLocale(frNames);
	isoCountries.registerLocale(enNames);
	const map = new Map<string, Entry>();
	const add = (word: string, entry: Entry) => {
		const k = tokenKey(word);
		if (!k || (k.length < 4 && !SHORT_OK.test(word))) return;
		const existing = map.get(k);
		if (existing?.langs && entry.langs && existing.iso3 === entry.iso3) {
			for (const l of entry.langs) existing.langs.add(l);
			return;
		}
		// Countries win over cities; among cities the most populous (listed first) wins.
		if (!existing || (existing.city && !entry.city)) map.set(k, entry);
	};
	const allFr = isoCountries.getNames('fr', { select: 'all' });
	const allEn = isoCountries.getNames('en', { select: 'all' });
	for (const c of countries) {
		const iso3 = c.cca3;
		const names = [
			c.name.common,
			c.name.official,
			c.translations.fra?.common,
			c.translations.fra?.official,
			...c.altSpellings.filter((s) => /^[\p{Script=Latin}\s.'-]+$/u.test(s) && s.length > 3),
			...(allFr[c.cca2] ?? []),
			...(allEn[c.cca2] ?? []),
			...(EXTRA_NAMES[iso3] ?? [])
		];
		for (const name of names) if (name) add(name, { iso3, form: 'name' });
		const fra = c.demonyms?.fra;
		if (fra) {
			for (const w of [fra.m, fra.f, `${fra.m}s`.replace(/ss$/, 's'), `${fra.f}s`])
				add(w.toLowerCase(), { iso3, form: 'adjective', langs: new Set(['fr']) });
		}
		const eng = c.demonyms?.eng;
		if (eng)
			for (const w of [eng.m, eng.f, `${eng.m}s`])
				add(w, { iso3, form: 'adjective', langs: new Set(['en']) });
		for (const w of EXTRA_ADJECTIVES[iso3]?.[1] ?? [])
			add(w, { iso3, form: 'adjective', langs: new Set(['fr']) });
		for (const w of EXTRA_EN_ADJECTIVES[iso3] ?? [])
			add(w, { iso3, form: 'adjective', langs: new Set(['en']) });
	}
	for (const city of cities())
		for (const name of city.names) add(name, { iso3: city.iso3, form: 'name', city });
	return map;
}

function country(iso3: string) {
	byIso3 ??= new Map(countries.map((c) => [c.cca3, c]));
	return byIso3.get(iso3);
}

/** Whether a city is its country's capital (world-countries' `capital`). */
export function isCapital(city: City): boolean {
	const capitals = country(city.iso3)?.capital ?? [];
	return city.names.some((name) => capitals.includes(name));
}

/** A country's common name in French and English. */
export function countryName(iso3: string): { fr: string; en: string } {
	const c = country(iso3);
	return { fr: c?.translations.fra?.common ?? iso3, en: c?.name.common ?? iso3 };
}

/** The country's IANA time zone when it has only one (else the place alone cannot say which). */
export function timeZoneOf(iso3: string, city?: City): string | undefined {
	const cca2 = country(iso3)?.cca2;
	const zones = cca2 ? (getCountry(cca2)?.timezones ?? []) : [];
	if (zones.length === 1) return zones[0];
	const named =
		city && zones.find((z) => city.names.some((n) => z.endsWith(`/${n.replace(/ /g, '_')}`)));
	return named;
}

const MAX_WORDS = 5;

/** Every country and city the text names, in order, longest names first where they overlap. */
export function findPlaces(text: string, lang: Lang): PlaceMention[] {
	lexicon ??= buildLexicon();
	const folded = fold(text);
	const tokens = [...folded.matchAll(TOKEN)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		word: m[0],
		key: key(m[0])
	}));
	const found: PlaceMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
			const span = tokens.slice(i, i + n);
			const entry = lexicon.get(span.map((t) => t.key).join(' '));
			if (!entry) continue;
			const first = span[0]!.word;
			const capital = /^\p{Lu}/u.test(first);
			if (entry.langs && !entry.langs.has(lang)) continue;
			if (entry.form === 'name' || lang === 'en') {
				if (!capital) continue;
				if (first.length <= 3 && first !== first.toUpperCase()) continue;
			}
			const start = span[0]!.start;
			const end = span.at(-1)!.end;
			found.push({
				start,
				end,
				text: text.slice(start, end),
				kind: entry.city ? 'city' : 'country',
				iso3: entry.iso3,
				form: entry.form,
				...(entry.city && { city: entry.city })
			});
			i += n - 1;
			break;
		}
	}
	return found;
}
