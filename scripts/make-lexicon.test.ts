import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	cities,
	countryName,
	type City,
	findPlaces,
	isCapital,
	timeZoneOf
} from '../src/lib/ingest/places';
import { tokenKey } from '../src/lib/ingest/text';
import { lexiconModule, OUT } from './make-lexicon';

describe('the generated lexicon', () => {
	it('is what scripts/make-lexicon.ts makes from the kept data today', async () => {
		// Fails when world-countries, i18n-iso-countries, countries-and-timezones, the cities
		// table or the script's own lists change: run `npx tsx scripts/make-lexicon.ts`.
		expect(readFileSync(OUT, 'utf8')).toBe(await lexiconModule());
	});

	it('finds every city by its name, folded as the engine folds it, the most populous first', () => {
		const first = new Map<string, City>();
		for (const city of cities())
			for (const name of city.names)
				if (!first.has(tokenKey(name))) first.set(tokenKey(name), city);
		const wrong: string[] = [];
		for (const city of cities())
			for (const name of city.names) {
				const words = tokenKey(name).split(' ');
				if (!/^\p{Lu}/u.test(name) || words.length > 5 || tokenKey(name).length < 4) continue;
				const found = findPlaces(name, 'en');
				const whole = found.length === 1 && tokenKey(found[0]!.text) === tokenKey(name);
				// A country of the same name (Djibouti, Singapore) is right too.
				if (!whole || (found[0]!.kind === 'city' && found[0]!.city !== first.get(tokenKey(name))))
					wrong.push(name);
			}
		expect(wrong).toEqual([]);
	});

	it.each([
		['BLR', 'Biélorussie', 'Belarus'],
		['ARM', 'Arménie', 'Armenia'],
		['USA', 'États-Unis', 'United States']
	])('names %s in French and English', (iso3, fr, en) => {
		expect(countryName(iso3)).toEqual({ fr, en });
	});

	it.each([
		['Minsk', 'BLR', true, 'Europe/Minsk'],
		['Moscou', 'RUS', true, 'Europe/Moscow'],
		['Almaty', 'KAZ', false, 'Asia/Almaty'],
		['Saint Petersburg', 'RUS', false, undefined]
	] as const)(
		'knows %s: its state, whether a capital, its time zone',
		(name, iso3, capital, zone) => {
			const city = cities().find((c) => c.names.includes(name))!;
			expect(city.iso3).toBe(iso3);
			expect(isCapital(city)).toBe(capital);
			expect(timeZoneOf(iso3, city)).toBe(zone);
		}
	);
});
