import { describe, expect, it } from 'vitest';
import { embedCode, escapeAttribute, oembedResponse } from './code';

describe('escapeAttribute', () => {
	it.each([
		['plain', 'plain'],
		['a "quoted" <b>', 'a &quot;quoted&quot; &lt;b&gt;'],
		["l'OTSC & co", 'l&#39;OTSC &amp; co']
	])('%s → %s', (text, expected) => {
		expect(escapeAttribute(text)).toBe(expected);
	});
});

describe('embedCode', () => {
	it('writes a titled, sandboxed iframe and the resize script', () => {
		expect(
			embedCode({
				src: 'https://maps.example/embed/otsc/map/?lang=en&state=ARM',
				title: 'CSTO members — map',
				height: 480.4,
				scriptSrc: 'https://maps.example/embed.js'
			})
		).toBe(
			'<iframe src="https://maps.example/embed/otsc/map/?lang=en&amp;state=ARM" title="CSTO members — map"' +
				' width="100%" height="480" style="border:0;width:100%;max-width:100%" loading="lazy"' +
				' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"' +
				' data-chronomap-embed></iframe>\n<script async src="https://maps.example/embed.js"></script>'
		);
	});

	it('cannot be broken out of by a title', () => {
		const code = embedCode({
			src: 'https://x.example/',
			title: '"><script>alert(1)</script>',
			height: 10
		});
		expect(code).not.toContain('<script>');
		expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});
});

describe('oembedResponse', () => {
	it('is a rich oEmbed 1.0 response with a thumbnail', () => {
		expect(
			oembedResponse({
				html: '<iframe></iframe>',
				width: 640,
				height: 480,
				title: 'T',
				providerName: 'Chronomap',
				providerUrl: 'https://maps.example/',
				thumbnailUrl: 'https://maps.example/t.png',
				thumbnailWidth: 1200,
				thumbnailHeight: 630
			})
		).toEqual({
			version: '1.0',
			type: 'rich',
			title: 'T',
			provider_name: 'Chronomap',
			provider_url: 'https://maps.example/',
			html: '<iframe></iframe>',
			width: 640,
			height: 480,
			thumbnail_url: 'https://maps.example/t.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
	});
});
