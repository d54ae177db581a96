import { describe, expect, it } from 'vitest';
import { heightMessages, parseHeightMessage } from './messages';

describe('heightMessages', () => {
	it('sends Datawrapper and AMP formats, rounding up to whole pixels', () => {
		expect(heightMessages(412.2, 'otsc-map')).toEqual([
			{ 'datawrapper-height': { 'otsc-map': 413 } },
			{ sentinel: 'amp', type: 'embed-size', height: 413 }
		]);
	});

	it('adds the pym.js string when the page gave a pym id', () => {
		expect(heightMessages(300, 'otsc-map', 'graphic-1')).toContain(
			'pymxPYMxgraphic-1xPYMxheightxPYMx300'
		);
	});

	it('ignores a pym id that could break the string format', () => {
		expect(heightMessages(300, 'otsc-map', 'a xPYMx b')).toHaveLength(2);
	});

	it.each([
		[-5, 0],
		[0, 0],
		[19_999.5, 20_000],
		[20_001, 20_000],
		[33_554_432, 20_000],
		[Infinity, 0],
		[NaN, 0]
	])('clamps a height of %s px to %s', (height, sent) => {
		for (const message of heightMessages(height, 'otsc-map', 'pym-1'))
			expect(parseHeightMessage(message)?.height).toBe(sent);
	});

	it('round-trips through the parser', () => {
		for (const message of heightMessages(640, 'embed_1', 'pym-7')) {
			expect(parseHeightMessage(message)?.height).toBe(640);
		}
	});
});

describe('parseHeightMessage', () => {
	it.each([
		[{ 'datawrapper-height': { abc: 420 } }, { format: 'datawrapper', id: 'abc', height: 420 }],
		[
			{ sentinel: 'amp', type: 'embed-size', height: 380 },
			{ format: 'amp', height: 380 }
		],
		['pymxPYMxg1xPYMxheightxPYMx512', { format: 'pym', id: 'g1', height: 512 }]
	])('accepts %j', (data, expected) => {
		expect(parseHeightMessage(data)).toEqual(expected);
	});

	it.each([
		[null],
		[undefined],
		[42],
		[[]],
		['hello'],
		['pymxPYMxg1xPYMxheightxPYMx-5'],
		['pymxPYMxg1xPYMxheightxPYMx99999'],
		['pymxPYMxg1xPYMxnavigateToxPYMxhttps://evil.example'],
		[{ 'datawrapper-height': { abc: '420' } }],
		[{ 'datawrapper-height': { abc: 420.5 } }],
		[{ 'datawrapper-height': { abc: -1 } }],
		[{ 'datawrapper-height': { abc: 1e9 } }],
		[{ 'datawrapper-height': { a: 1, b: 2 } }],
		[{ 'datawrapper-height': { 'bad id!': 100 } }],
		[{ 'datawrapper-height': [100] }],
		[{ sentinel: 'amp', type: 'embed-size', height: '100' }],
		[{ sentinel: 'amp', type: 'embed-ready' }],
		[{ sentinel: 'other', type: 'embed-size', height: 100 }]
	])('ignores %j', (data) => {
		expect(parseHeightMessage(data)).toBeUndefined();
	});
});
