import { describe, expect, it } from 'vitest';
import { classify, formatBytes, quantile, summarize } from './stats';

describe('summarize', () => {
	it.each([
		[[5], { median: 5, min: 5, max: 5, runs: 1 }],
		[[3, 1, 2], { median: 2, min: 1, max: 3, runs: 3 }],
		[[4, 1, 3, 2], { median: 2.5, min: 1, max: 4, runs: 4 }]
	])('%j', (values, expected) => {
		expect(summarize(values)).toEqual(expected);
	});

	it('refuses no values', () => {
		expect(() => summarize([])).toThrowError(/at least one/);
	});
});

describe('quantile', () => {
	it.each([
		[0.5, 50],
		[0.95, 95],
		[1, 100],
		[0, 1]
	])('q=%s of 1..100 → %s', (q, expected) => {
		expect(
			quantile(
				Array.from({ length: 100 }, (_, i) => 100 - i),
				q
			)
		).toBe(expected);
	});
});

describe('classify', () => {
	it.each([
		['http://h/stories/x/', 'text/html', 'html'],
		['http://h/_app/immutable/chunks/a.js', 'text/javascript', 'js'],
		['http://h/_app/immutable/assets/a.css', 'text/css', 'css'],
		['http://h/stories/x/story.json', 'application/json', 'data'],
		['http://h/stories/x/events.csv', 'text/csv', 'data'],
		['http://h/stories/x/countries.topo.json', 'application/json', 'geometry'],
		['http://h/geo/world.json', 'application/json', 'geometry'],
		['http://h/stories/x/map.json', 'application/json', 'geometry'],
		['http://h/embed/x/map.bin', 'application/octet-stream', 'geometry'],
		['http://h/embed/x/details.json', 'application/json', 'data'],
		['http://h/favicon.svg', 'image/svg+xml', 'image'],
		['http://h/x.woff2', '', 'font'],
		['http://h/robots.txt', 'text/plain', 'other']
	])('%s (%s) → %s', (url, type, expected) => {
		expect(classify(url, type)).toBe(expected);
	});
});

describe('formatBytes', () => {
	it.each([
		[512, '512 B'],
		[2048, '2.0 KB'],
		[43_520, '42.5 KB']
	])('%s → %s', (bytes, expected) => {
		expect(formatBytes(bytes)).toBe(expected);
	});
});
