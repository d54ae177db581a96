import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
	alpha3,
	boundsOf,
	buildMapGeometry,
	frameOf,
	shiftEast,
	type Box,
	type CountryProperties
} from './geometry';

const world = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')
);
const STATES = ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB', 'UKR'];
const map = buildMapGeometry(world, { states: STATES, context: [12, 28, 192, 80] });
const shapes = feature(map, map.objects.countries).features;
const longitudes = (id: string) =>
	(shapes.find((f) => f.id === id)!.geometry as { coordinates: Position[][][] }).coordinates
		.flat(2)
		.map(([lon]) => lon!);

describe('alpha3', () => {
	it.each([
		['051', 'ARM'],
		['643', 'RUS'],
		[112, 'BLR'],
		['31', 'AZE'],
		[undefined, undefined],
		['999', undefined]
	])('%s → %s', (numeric, code) => expect(alpha3(numeric)).toBe(code));
});

describe('shiftEast', () => {
	it.each<[string, Position[][], number[]]>([
		[
			'a ring that jumps across 180° is made continuous',
			[
				[
					[179, 60],
					[-180, 61],
					[-175, 60],
					[179, 60]
				]
			],
			[179, 180, 185, 179]
		],
		[
			'a part wholly west of -150° moves east',
			[
				[
					[-175, 66],
					[-170, 66],
					[-172, 65],
					[-175, 66]
				]
			],
			[185, 190, 188, 185]
		],
		[
			'Alaska’s mainland stays put',
			[
				[
					[-165, 60],
					[-141, 60],
					[-150, 70],
					[-165, 60]
				]
			],
			[-165, -141, -150, -165]
		],
		[
			'Europe stays put',
			[
				[
					[20, 50],
					[30, 50],
					[25, 55],
					[20, 50]
				]
			],
			[20, 30, 25, 20]
		]
	])('%s', (_, polygon, expected) => {
		expect(shiftEast([polygon])[0]![0]!.map(([lon]) => lon)).toEqual(expected);
	});
});

describe('buildMapGeometry from Natural Earth 1:50m', () => {
	it('keeps every wanted state, with ISO alpha-3 ids and its neighbours as context', () => {
		const ids = shapes.map((f) => String(f.id));
		expect(ids).toEqual(expect.arrayContaining([...STATES, 'POL', 'TUR', 'IRN', 'CHN', 'MNG']));
		expect(ids.every((id) => /^[A-Z]{3}$/.test(id))).toBe(true);
		expect(ids).not.toContain('BRA');
	});

	it('draws Russia whole, from Kaliningrad to Chukotka east of 180°', () => {
		const lons = longitudes('RUS');
		expect(Math.min(...lons)).toBeGreaterThan(19);
		expect(Math.max(...lons)).toBeGreaterThan(185);
		expect(Math.max(...lons)).toBeLessThan(192);
	});

	it('puts labels inside the frame of their country', () => {
		const arm = map.objects.countries.geometries.find((g) => g.id === 'ARM')!;
		const [lon, lat] = (arm.properties as CountryProperties).label;
		expect(lon).toBeGreaterThan(43.4);
		expect(lon).toBeLessThan(46.7);
		expect(lat).toBeGreaterThan(38.8);
		expect(lat).toBeLessThan(41.3);
	});

	it('opens on the member states from Belarus to Tajikistan, names included', () => {
		const members = ['BLR', 'RUS', 'KAZ', 'KGZ', 'TJK', 'ARM'];
		const [west, south, east, north] = frameOf(map, members);
		expect(west).toBeLessThan(23.2); // Belarus's western border
		expect(south).toBeLessThan(38.8); // Armenia and Tajikistan
		expect(east).toBeGreaterThan(109); // Russia's name
		expect(north).toBeLessThan(70); // not the high Arctic
		expect(boundsOf(map, members)[2]).toBeGreaterThan(185); // the shapes go on to Chukotka
	});

	it('is small enough to send to a phone', () => {
		expect(JSON.stringify(map).length).toBeLessThan(90_000);
	});

	it('draws the context coarser than the story’s states with a higher context weight', () => {
		const options = { states: STATES, context: [12, 28, 192, 80] as Box, minWeight: 0.02 };
		const even = buildMapGeometry(world, options);
		const coarse = buildMapGeometry(world, { ...options, contextWeight: 0.2 });
		const points = (topology: typeof map, wanted: (id: string) => boolean) =>
			feature(topology, topology.objects.countries)
				.features.filter((f) => wanted(String(f.id)))
				.flatMap((f) => (f.geometry as { coordinates: Position[][][] }).coordinates.flat(2)).length;
		const story = (id: string) => STATES.includes(id);
		const context = (id: string) => !STATES.includes(id);
		// The states keep their detail; their neighbours lose most of theirs.
		expect(points(coarse, story)).toBe(points(even, story));
		expect(points(coarse, context)).toBeLessThan(points(even, context) * 0.6);
		expect(coarse.objects.countries.geometries.map((g) => g.id)).toEqual(
			even.objects.countries.geometries.map((g) => g.id)
		);
	});
});

describe('buildMapGeometry for Southeast Asia', () => {
	const ASEAN = ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'];
	const region = buildMapGeometry(world, { states: ASEAN, context: [84, -18, 143, 36] });

	it('keeps a member too small for the area filter (Singapore), and drops such islets of others', () => {
		const ids = region.objects.countries.geometries.map((g) => String(g.id));
		expect(ids).toEqual(expect.arrayContaining(ASEAN));
		const [west, south, east, north] = boundsOf(region, ['SGP']);
		expect([west, south]).toEqual([expect.closeTo(103.6, 0), expect.closeTo(1.3, 0)]);
		expect(east - west).toBeLessThan(1);
		expect(north - south).toBeLessThan(1);
		const coarse = buildMapGeometry(world, {
			states: ASEAN,
			context: [84, -18, 143, 36],
			minArea: 0.3
		});
		expect(coarse.objects.countries.geometries.map((g) => String(g.id))).toContain('SGP');
	});

	it('opens on every member whole, Indonesia from Sumatra to New Guinea', () => {
		const [west, south, east, north] = frameOf(region, ASEAN);
		expect(west).toBeLessThan(92.2); // Myanmar's western border
		expect(south).toBeLessThan(-10); // Indonesia's southern islands
		expect(east).toBeGreaterThan(140.9); // Indonesia's border in New Guinea
		expect(north).toBeGreaterThan(28.5); // Myanmar's northern tip
		expect(north).toBeLessThan(32);
	});
});
