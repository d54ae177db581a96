import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { afterPolicy, extendPolicy, hashSource, tileSource } from './csp';

const PAGE = `<head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self'">
<title>t</title></head>`;

describe('hashSource', () => {
	it('is the quoted SHA-256 of the text, in base64', () => {
		const digest = createHash('sha256').update('alert(1)').digest('base64');
		expect(hashSource('alert(1)')).toBe(`'sha256-${digest}'`);
	});
});

describe('extendPolicy', () => {
	it.each([
		[
			{ 'script-src': ["'sha256-xyz='"] },
			"default-src 'self'; script-src 'self' 'sha256-abc=' 'sha256-xyz='; img-src 'self'"
		],
		[
			{ 'img-src': ['https://*.tile.example.org'] },
			"default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self' https://*.tile.example.org"
		],
		[
			{ 'img-src': ["'self'"] },
			"default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self'"
		],
		[
			{ 'connect-src': ["'self'"] },
			"default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self'; connect-src 'self'"
		],
		[{ 'img-src': [] }, "default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self'"]
	])('adds %j', (sources, policy) => {
		const page = extendPolicy(PAGE, sources);
		expect(page).toContain(`<meta http-equiv="content-security-policy" content="${policy}">`);
		expect(page.replace(/content="[^"]*"/, '')).toBe(PAGE.replace(/content="[^"]*"/, ''));
	});

	it('refuses a page without a policy', () => {
		expect(() => extendPolicy('<head></head>', { 'img-src': ['x'] })).toThrow(
			/no Content-Security/
		);
	});
});

describe('afterPolicy', () => {
	it('puts the tag right after the policy, where the policy covers it', () => {
		const page = afterPolicy(PAGE, '<script>boot()</script>');
		expect(page).toMatch(/img-src 'self'"><script>boot\(\)<\/script>\n<title>/);
	});

	it('refuses a page without a policy', () => {
		expect(() => afterPolicy('<head></head>', '<script></script>')).toThrow();
	});
});

describe('tileSource', () => {
	it.each([
		['https://tile.example.org/{z}/{x}/{y}.png', 'https://tile.example.org'],
		['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
		['https://Tiles.Example.org:8443/{z}/{x}/{y}.png?key=1', 'https://tiles.example.org:8443'],
		['https://tiles.invalid/{z}/{x}/{y}.png', 'https://tiles.invalid'],
		['http://tile.example.org/{z}/{x}/{y}.png', undefined],
		['https://{z}.example.org/{x}/{y}.png', undefined],
		['https://a.example.org;script-src/{z}', undefined],
		["https://a.example.org'/{z}", undefined],
		['https://user@a.example.org/{z}', undefined]
	])('%s → %s', (template, source) => {
		expect(tileSource(template)).toBe(source);
	});
});
