import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText } from './html-text';

describe('htmlToText gives the text a reader of the HTML sees', () => {
	it.each([
		['<p>One</p><p>Two</p>', 'One\nTwo'],
		['Line one<br>line two', 'Line one\nline two'],
		['a line break\nin the source is a space', 'a line break in the source is a space'],
		['<a href="https://x.org">a link</a> kept as its words', 'a link kept as its words'],
		['<em>Phat Tai</em>, a story', 'Phat Tai, a story'],
		['Fish &amp; chips &lt;3 &quot;yes&quot; &#39;no&#39;', 'Fish & chips <3 "yes" \'no\''],
		['&#x1F436; &#233;t&eacute; &unknown;', '🐶 été &unknown;'],
		['«&nbsp;Nous devons&nbsp;»', '«\u00a0Nous devons\u00a0»'],
		['before<script>alert(1)</script>after', 'before after'],
		['<style>p { color: red }</style>styled', 'styled'],
		['a <!-- hidden --> comment', 'a comment'],
		['  spaced \t  out  ', 'spaced out'],
		['bidi\u202eoverride and a\u0007bell', 'bidioverride and abell'],
		['<p></p><div>  </div>', '']
	])('%j → %j', (html, text) => {
		expect(htmlToText(html)).toBe(text);
	});
});

describe('escapeHtml', () => {
	it.each([
		['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
		["Fish & chips, l'été", 'Fish &amp; chips, l&#39;été']
	])('%j → %j', (text, html) => {
		expect(escapeHtml(text)).toBe(html);
		expect(htmlToText(escapeHtml(text))).toBe(text);
	});
});
