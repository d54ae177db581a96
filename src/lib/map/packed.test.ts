import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMapGeometry, frameOf } from './geometry';
import { packGeometry, unpackGeometry } from './packed';
import type { MapGeometry } from './types';

const world = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')
);
const STATES = ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'];
const topology = buildMapGeometry(world, {
	states: STATES,
	context: [12, 28, 192, 80],
	minWeight: 0.02,
	contextWeight: 0.2,
	quantization: 5e3
});
const real: MapGeometry = { frame: frameOf(topology, STATES), topology };

/** A tiny geometry with the values varints find hard: zero, signs, one and several bytes. */
const tiny = (arcs: number[][][]): MapGeometry => ({
	frame: [0, 0, 1, 1],
	topology: {
		type: 'Topology',
		transform: { scale: [1, 1], translate: [0, 0] },
		objects: { countries: { type: 'GeometryCollection', geometries: [] } },
		arcs
	} as unknown as MapGeometry['topology']
});

describe('packGeometry and unpackGeometry', () => {
	it.each<[string, number[][][]]>([
		['no arcs', []],
		['an empty arc', [[]]],
		[
			'small deltas',
			[
				[
					[0, 0],
					[1, -1],
					[-64, 63]
				]
			]
		],
		[
			'one- to four-byte values',
			[
				[
					[4999, -4999],
					[127, -128],
					[8191, -8192],
					[2 ** 24, -(2 ** 24)]
				]
			]
		],
		[
			'several arcs',
			[
				[[1, 2]],
				[
					[3, 4],
					[-5, -6]
				],
				[[0, 0]]
			]
		]
	])('round-trips %s', (_, arcs) => {
		expect(unpackGeometry(packGeometry(tiny(arcs)))).toEqual(tiny(arcs));
	});

	it('round-trips a story map, and is smaller than its TopoJSON once gzipped', () => {
		const packed = packGeometry(real);
		expect(unpackGeometry(packed.buffer as ArrayBuffer)).toEqual(real);
		const json = gzipSync(JSON.stringify(real)).length;
		expect(gzipSync(packed).length).toBeLessThan(json * 0.85);
	});

	it('refuses coordinates that are not quantized', () => {
		expect(() => packGeometry(tiny([[[0.5, 1]]]))).toThrow(/quantized/);
	});

	it('rejects truncated or padded bytes', () => {
		const packed = packGeometry(tiny([[[300, -300]]]));
		expect(() => unpackGeometry(packed.subarray(0, packed.length - 1))).toThrow(/Truncated/);
		expect(() => unpackGeometry(Uint8Array.from([...packed, 0]))).toThrow(/Unexpected/);
	});
});
