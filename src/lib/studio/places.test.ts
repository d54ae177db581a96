import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cities } from '../ingest/places';
import { checkWork } from './check';
import {
	findCities,
	pickCity,
	placeForm,
	placeUses,
	readDegrees,
	readPlace,
	type PlaceForm,
	type PlaceProblem
} from './places';
import { edit, type StoryInput, type Work } from './work';

const dir = new URL('../story/fixtures/minimal/', import.meta.url);
const work: Work = {
	story: parse(readFileSync(new URL('story.yaml', dir), 'utf8')) as StoryInput,
	source: readFileSync(new URL('source.txt', dir), 'utf8')
};
const story = work.story;
const minsk = story.places[1]!;
const city: PlaceForm = {
	kind: 'city',
	id: '',
	name: { fr: 'Gomel', en: 'Gomel' },
	country: 'BLR',
	lat: '52.434',
	lon: '30.975',
	provenance: [{ quote: 'à Minsk' }]
};

describe('readDegrees', () => {
	it.each<[string, 90 | 180, ReturnType<typeof readDegrees>]>([
		['17.967', 90, { ok: true, value: 17.967 }],
		[' 17,967 ', 90, { ok: true, value: 17.967 }],
		['-33.9', 90, { ok: true, value: -33.9 }],
		['\u221233.9', 90, { ok: true, value: -33.9 }],
		['+102.6', 180, { ok: true, value: 102.6 }],
		['180', 180, { ok: true, value: 180 }],
		['', 90, { ok: false, problem: 'missing' }],
		['  ', 180, { ok: false, problem: 'missing' }],
		['17°58′N', 90, { ok: false, problem: 'number' }],
		['1e2', 180, { ok: false, problem: 'number' }],
		['17.9.6', 90, { ok: false, problem: 'number' }],
		['90.5', 90, { ok: false, problem: 'range' }],
		['-181', 180, { ok: false, problem: 'range' }]
	])('%j within ±%i reads as %j', (text, limit, expected) => {
		expect(readDegrees(text, limit)).toEqual(expected);
	});
});

describe('readPlace', () => {
	it.each<[string, PlaceForm, string | undefined, PlaceProblem[]]>([
		['a city with everything', city, undefined, []],
		['no English name', { ...city, name: { fr: 'Gomel', en: ' ' } }, undefined, ['name']],
		['no name in the story’s language', { ...city, name: { en: 'Gomel' } }, undefined, ['name']],
		['no country', { ...city, country: '' }, undefined, ['country']],
		['no latitude', { ...city, lat: '' }, undefined, ['lat-missing']],
		['a longitude out of range', { ...city, lon: '200' }, undefined, ['lon-range']],
		[
			'words for coordinates',
			{ ...city, lat: 'north', lon: 'east' },
			undefined,
			['lat-number', 'lon-number']
		],
		['no proof', { ...city, provenance: [] }, undefined, ['proof']],
		['an id that is not one', { ...city, id: 'Gomel City' }, undefined, ['id']],
		['another place’s id', { ...city, id: 'blr' }, undefined, ['id-taken']],
		['its own id, corrected', { ...city, id: 'minsk' }, 'minsk', []],
		[
			'a country needs no coordinates nor proof',
			{ ...city, kind: 'country', country: 'UKR', lat: '', lon: '', provenance: [] },
			undefined,
			[]
		]
	])('%s', (_, form, was, problems) => {
		const read = readPlace(story, form, was);
		expect(read.ok ? [] : read.problems).toEqual(problems);
	});

	it('writes a place the validator takes, accepted, with an id from its name', () => {
		const read = readPlace(story, { ...city, name: { fr: 'Gomel ', en: 'Gomel' } });
		expect(read).toEqual({
			ok: true,
			place: {
				kind: 'city',
				id: 'gomel',
				name: { fr: 'Gomel', en: 'Gomel' },
				country: 'BLR',
				coordinates: { lat: 52.434, lon: 30.975 },
				provenance: [{ quote: 'à Minsk' }]
			}
		});
		if (!read.ok) return;
		const next = edit(work, { type: 'set-place', place: read.place });
		expect(checkWork(next).problems).toEqual([]);
	});

	it('a country is keyed by its code', () => {
		const read = readPlace(story, {
			...city,
			kind: 'country',
			country: 'UKR',
			name: { fr: 'Ukraine', en: 'Ukraine' }
		});
		expect(read).toEqual({
			ok: true,
			place: { kind: 'country', id: 'ukr', iso3: 'UKR', name: { fr: 'Ukraine', en: 'Ukraine' } }
		});
	});

	it('gives back the place it was filled from', () => {
		for (const place of story.places)
			expect(readPlace(story, placeForm(place), place.id)).toEqual({ ok: true, place });
	});
});

describe('findCities', () => {
	const table = cities();
	it.each<[string, string[]]>([
		['Vientiane', ['Vientiane']],
		['VIENTIANE', ['Vientiane']],
		['vienne', ['Vienna']],
		['minsk', ['Minsk']],
		['bogota', ['Bogotá']],
		['x', []],
		['', []]
	])('%j finds %j first', (query, names) => {
		expect(
			findCities(table, query)
				.slice(0, names.length)
				.map((c) => c.names[0])
		).toEqual(names);
	});

	it('names beginning with the words come before names containing them', () => {
		const found = findCities(
			[
				{ names: ['Port Louis'], iso3: 'MUS', lat: 0, lon: 0, geonames: 1 },
				{ names: ['Louisville'], iso3: 'USA', lat: 0, lon: 0, geonames: 2 }
			],
			'louis'
		);
		expect(found.map((c) => c.geonames)).toEqual([2, 1]);
	});
});

describe('pickCity', () => {
	const vientiane = cities().find((c) => c.names[0] === 'Vientiane')!;
	const drafted: PlaceForm = {
		kind: 'city',
		id: 'vientiane',
		name: { en: 'VIENTIANE', fr: '' },
		country: '',
		lat: '',
		lon: '',
		provenance: [{ quote: 'VIENTIANE' }, { source: 'geonames-1', detail: 'Coordinates: 0, 0.' }],
		timeZone: 'Europe/Minsk'
	};

	it('fills the country and coordinates, proves them by GeoNames, keeps the names typed', () => {
		const { form, source } = pickCity(drafted, vientiane);
		expect(form).toEqual({
			kind: 'city',
			id: 'vientiane',
			name: { en: 'VIENTIANE', fr: 'Vientiane' },
			country: 'LAO',
			lat: '17.967',
			lon: '102.6',
			provenance: [
				{ quote: 'VIENTIANE' },
				{ source: 'geonames-1651944', detail: 'Coordinates: 17.967, 102.6.' }
			]
		});
		expect(source).toEqual({
			id: 'geonames-1651944',
			publisher: 'GeoNames',
			kind: 'reference',
			url: 'https://www.geonames.org/1651944'
		});
	});

	it('gives the French name too, and the zone asked for', () => {
		const vienna = cities().find((c) => c.names[0] === 'Vienna')!;
		const { form } = pickCity({ ...drafted, name: {} }, vienna, 'Europe/Vienna');
		expect([form.name, form.timeZone]).toEqual([{ en: 'Vienna', fr: 'Vienne' }, 'Europe/Vienna']);
	});
});

describe('placeUses', () => {
	it.each<[string, string[], number]>([
		['minsk', ['summit'], 0],
		['blr', [], 2],
		['nowhere', [], 0]
	])('%s is used by the facts %j and %i state rows', (id, events, states) => {
		const uses = placeUses(story, id);
		expect([uses.events.map((e) => e.id), uses.states]).toEqual([events, states]);
	});
});

it('a form filled from a city reads back as it', () => {
	expect(readPlace(story, placeForm(minsk), 'minsk')).toEqual({ ok: true, place: minsk });
});
