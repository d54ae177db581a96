/**
 * States and places named in an article: countries by their names and adjectives in French
 * and English (the table of lexicon-table.ts), cities by the GeoNames table of
 * cities-table.ts, each mapped to its state. Both tables are generated (scripts/make-lexicon.ts,
 * scripts/make-cities.ts) so that the engine loads no country package and folds no country
 * name at run time.
 */
import { CITIES } from './cities-table';
import { CITY_KEYS, COUNTRIES } from './lexicon-table';
import { fold, key, TOKEN } from './text';
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
	langs?: readonly Lang[];
	city?: City;
}

interface Country {
	iso3: string;
	fr: string;
	en: string;
	capitals: string[];
	timeZones: string[];
}

const FR: readonly Lang[] = ['fr'];
const EN: readonly Lang[] = ['en'];
const BOTH: readonly Lang[] = ['fr', 'en'];

let lexicon: Map<string, Entry> | undefined;
let countryList: Map<string, Country> | undefined;
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

const list = (field: string | undefined) => (field ? field.split('|') : []);

function countries(): Map<string, Country> {
	countryList ??= new Map(
		COUNTRIES.split('\n').map((line) => {
			const [iso3 = '', , fr = '', en = '', capitals, zones] = line.split(';');
			return [iso3, { iso3, fr, en, capitals: list(capitals), timeZones: list(zones) }];
		})
	);
	return countryList;
}

/** Every name and adjective, by its key: read from the generated tables, nothing folded here. */
function buildLexicon(): Map<string, Entry> {
	const map = new Map<string, Entry>();
	for (const line of COUNTRIES.split('\n')) {
		const [iso3 = '', , , , , , names, fr, en, both] = line.split(';');
		for (const k of list(names)) map.set(k, { iso3, form: 'name' });
		for (const [keys, langs] of [
			[fr, FR],
			[en, EN],
			[both, BOTH]
		] as const)
			for (const k of list(keys)) map.set(k, { iso3, form: 'adjective', langs });
	}
	// City names are keyed by lower-casing them, except where the table says otherwise; among
	// cities the most populous (listed first) wins, and no city replaces a country.
	const folded = new Map(
		CITY_KEYS.split('\n').map((line) => {
			const at = line.indexOf(';');
			return [Number(line.slice(0, at)), line.slice(at + 1)];
		})
	);
	let i = 0;
	for (const city of cities())
		for (const name of city.names) {
			const k = folded.get(i++) ?? name.toLowerCase();
			if (k.length >= 4 && !map.has(k)) map.set(k, { iso3: city.iso3, form: 'name', city });
		}
	return map;
}

/** Whether a city is its country's capital (world-countries' `capital`). */
export function isCapital(city: City): boolean {
	const capitals = countries().get(city.iso3)?.capitals ?? [];
	return city.names.some((name) => capitals.includes(name));
}

/** A country's common name in French and English. */
export function countryName(iso3: string): { fr: string; en: string } {
	const c = countries().get(iso3);
	return { fr: c?.fr ?? iso3, en: c?.en ?? iso3 };
}

/** The country's IANA time zone when it has only one (else the place alone cannot say which). */
export function timeZoneOf(iso3: string, city?: City): string | undefined {
	const zones = countries().get(iso3)?.timeZones ?? [];
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
			if (entry.langs && !entry.langs.includes(lang)) continue;
			if (entry.form === 'name' || lang === 'en') {
				if (!capital) continue;
				// A short word alone ("Us", "Oman" is not short) is a name only in capitals ("US");
				// a short first word of a longer name ("New York", "Le Caire") is not held to that.
				if (n === 1 && first.length <= 3 && first !== first.toUpperCase()) continue;
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
