/**
 * `npx tsx scripts/make-lexicon.ts`: writes src/lib/ingest/lexicon-table.ts, the countries the
 * ingest engine knows — their names and adjectives in French and English (world-countries,
 * i18n-iso-countries and the short lists below of what they lack), capitals and time zones
 * (countries-and-timezones) — already folded into the keys the engine looks up. The engine
 * then needs none of those packages (about 750 KB of JSON) and builds no lexicon on its first
 * call, in Node or in a browser. `scripts/make-lexicon.test.ts` checks that the committed
 * table is what this script makes.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import countries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { getCountry } from 'countries-and-timezones';
import { format, resolveConfig } from 'prettier';
import { CITIES } from '../src/lib/ingest/cities-table';
import { tokenKey } from '../src/lib/ingest/text';

export const OUT = 'src/lib/ingest/lexicon-table.ts';

type Lang = 'fr' | 'en';

/** Adjectives and names the kept data lacks or spells otherwise. */
const EXTRA_ADJECTIVES: Record<string, string[]> = {
	KAZ: ['kazakh', 'kazakhe', 'kazakhs', 'kazakhes'],
	KGZ: ['kirghiz', 'kirghize', 'kirghizes', 'kirghizs'],
	TJK: ['tadjik', 'tadjike', 'tadjiks', 'tadjikes'],
	UZB: ['ouzbek', 'ouzbèke', 'ouzbeks', 'ouzbèkes', 'ouzbeke', 'ouzbekes'],
	AZE: ['azéri', 'azérie', 'azéris', 'azerbaïdjanais', 'azerbaïdjanaise', 'azerbaïdjanaises'],
	BLR: ['biélorusse', 'biélorusses', 'bélarusse', 'bélarusses'],
	USA: ['américain', 'américaine', 'américains', 'américaines'],
	GBR: ['britannique', 'britanniques'],
	TUR: ['turc', 'turque', 'turcs', 'turques'],
	CHN: ['chinois', 'chinoise', 'chinoises'],
	DEU: ['allemand', 'allemande', 'allemands', 'allemandes']
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

interface Entry {
	iso3: string;
	/** Undefined for a name; the languages an adjective is used in. */
	langs?: Set<Lang>;
}

/** Every country key → its state, a name or an adjective; the first country to claim a key keeps it. */
function entries(): Map<string, Entry> {
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
		if (!existing) map.set(k, entry);
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
		for (const name of names) if (name) add(name, { iso3 });
		const fr = (word: string) => add(word, { iso3, langs: new Set(['fr']) });
		const en = (word: string) => add(word, { iso3, langs: new Set(['en']) });
		const fra = c.demonyms?.fra;
		if (fra)
			for (const w of [fra.m, fra.f, `${fra.m}s`.replace(/ss$/, 's'), `${fra.f}s`])
				fr(w.toLowerCase());
		const eng = c.demonyms?.eng;
		if (eng) for (const w of [eng.m, eng.f, `${eng.m}s`]) en(w);
		for (const w of EXTRA_ADJECTIVES[iso3] ?? []) fr(w);
		for (const w of EXTRA_EN_ADJECTIVES[iso3] ?? []) en(w);
	}
	return map;
}

/**
 * The table, one country a line: alpha-3 ; alpha-2 ; French name ; English name ; capitals ;
 * IANA time zones ; name keys ; adjective keys used in French ; in English ; in both — lists
 * separated by `|`.
 */
export function lexiconTable(): string {
	const byCountry = new Map<string, Record<'name' | 'fr' | 'en' | 'both', string[]>>();
	for (const [k, entry] of entries()) {
		const lists = byCountry.get(entry.iso3) ?? { name: [], fr: [], en: [], both: [] };
		byCountry.set(entry.iso3, lists);
		const langs = entry.langs;
		(langs === undefined
			? lists.name
			: langs.size === 2
				? lists.both
				: langs.has('fr')
					? lists.fr
					: lists.en
		).push(k);
	}
	return countries
		.map((c) => {
			const lists = byCountry.get(c.cca3) ?? { name: [], fr: [], en: [], both: [] };
			return [
				c.cca3,
				c.cca2,
				c.translations.fra?.common ?? c.cca3,
				c.name.common,
				c.capital.join('|'),
				(getCountry(c.cca2)?.timezones ?? []).join('|'),
				lists.name.join('|'),
				lists.fr.join('|'),
				lists.en.join('|'),
				lists.both.join('|')
			].join(';');
		})
		.join('\n');
}

/**
 * The keys of the cities' names that lower-casing alone does not give ("Pékin" → "pekin",
 * "Xi’an" → "xi an"), one a line: the name's place in the table (counting every name of
 * every city in order) ; its key.
 */
export function cityKeys(): string {
	const names = CITIES.split('\n').flatMap((line) => line.split(';')[0]!.split('|'));
	return names
		.flatMap((name, i) => {
			const k = tokenKey(name);
			return k === name.toLowerCase() ? [] : [`${i};${k}`];
		})
		.join('\n');
}

/** The module's text, as committed (formatted as Prettier formats it, so that lint passes). */
export async function lexiconModule(): Promise<string> {
	const text = `/**
 * Generated by scripts/make-lexicon.ts from world-countries, i18n-iso-countries and
 * countries-and-timezones: one country a line — ISO alpha-3 ; alpha-2 ; French name ;
 * English name ; capitals ; IANA time zones ; name keys ; adjective keys used in French ;
 * in English ; in both (lists separated by |; keys folded as tokenKey folds them).
 * CITY_KEYS: the keys of the names in cities-table.ts that lower-casing does not give — the
 * name's place among all the table's names ; its key. Do not edit by hand.
 */
export const COUNTRIES =
	${JSON.stringify(lexiconTable())};

export const CITY_KEYS =
	${JSON.stringify(cityKeys())};
`;
	return format(text, { ...(await resolveConfig(OUT)), parser: 'typescript' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const text = await lexiconModule();
	writeFileSync(OUT, text);
	console.log(`${countries.length} countries, ${text.length} characters`);
}
