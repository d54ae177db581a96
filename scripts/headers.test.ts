import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from './headers';

const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
const NEVER_FRAMED = "frame-ancestors 'none'";

describe('static/_headers', () => {
	it.each([
		['/embed/otsc-minsk-summit/map/', 'frame-ancestors *'],
		['/embed/otsc-minsk-summit/timeline/', 'frame-ancestors *'],
		['/embed/otsc-minsk-summit/explorer/', 'frame-ancestors *'],
		['/', NEVER_FRAMED],
		['/en/', NEVER_FRAMED],
		['/embed/', NEVER_FRAMED],
		['/stories/otsc-minsk-summit/', NEVER_FRAMED],
		['/en/stories/otsc-minsk-summit/events/minsk-summit/', NEVER_FRAMED],
		['/dev/synthetic/', NEVER_FRAMED]
	])('%s: %s, one policy', (path, policy) => {
		const headers = headersFor(rules, path);
		expect(headers.get('content-security-policy')).toBe(policy);
		expect(headers.get('x-frame-options')).toBe(policy === NEVER_FRAMED ? 'DENY' : undefined);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
	});
});

describe('parseHeaders and headersFor', () => {
	const parsed = parseHeaders(`# comment
/*
  A: 1
/a/:id/
  B: 2
  A: 3
`);

	it.each([
		['/a/x/', { a: '1, 3', b: '2' }],
		['/a/x/y/', { a: '1' }],
		['/a/', { a: '1' }],
		['/', { a: '1' }]
	])('%s', (path, expected) => {
		expect(Object.fromEntries(headersFor(parsed, path))).toEqual(expected);
	});

	it('refuses a header line before any path', () => {
		expect(() => parseHeaders('  A: 1')).toThrow('_headers:1');
	});
});
