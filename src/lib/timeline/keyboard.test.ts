import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext } from './keyboard';

const at = (changes: Partial<KeyContext> = {}): KeyContext => ({
	selected: -1,
	count: 10,
	firstInView: () => 3,
	lastInView: () => 6,
	cardOpen: false,
	...changes
});

describe('keyAction', () => {
	it.each([
		['ArrowRight', at(), { kind: 'select', key: 3, step: true }],
		['ArrowDown', at({ selected: 4 }), { kind: 'select', key: 5, step: true }],
		['ArrowRight', at({ selected: 9 }), { kind: 'select', key: 9, step: true }],
		['ArrowLeft', at(), { kind: 'select', key: 6, step: true }],
		['ArrowUp', at({ selected: 0 }), { kind: 'select', key: 0, step: true }],
		['ArrowLeft', at({ selected: 4 }), { kind: 'select', key: 3, step: true }],
		['Home', at({ selected: 4 }), { kind: 'select', key: 0, step: true }],
		['End', at(), { kind: 'select', key: 9, step: true }],
		['Enter', at(), { kind: 'select', key: 3, open: true }],
		[' ', at({ selected: 7 }), { kind: 'select', key: 7, open: true }],
		['+', at(), { kind: 'zoom', factor: 2 }],
		['=', at(), { kind: 'zoom', factor: 2 }],
		['-', at(), { kind: 'zoom', factor: 0.5 }],
		['_', at(), { kind: 'zoom', factor: 0.5 }],
		['Escape', at({ cardOpen: true }), { kind: 'close' }],
		['Escape', at(), undefined],
		['a', at(), undefined],
		['Tab', at(), undefined],
		['Home', at({ count: 0 }), undefined]
	])('%j with %o does %o', (key, context, expected) => {
		expect(keyAction(key, context)).toEqual(expected);
	});
});
