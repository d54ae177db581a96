/**
 * TimelineJS texts are HTML; a story's texts are plain text, never HTML. These turn one
 * into the other without a DOM, so that they run in the browser and in Node alike.
 */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	eacute: 'é',
	egrave: 'è',
	agrave: 'à',
	ccedil: 'ç',
	copy: '©'
};

/** Tags after which a reader sees a new line. */
const BLOCK =
	/^(?:p|div|br|li|ul|ol|blockquote|h[1-6]|tr|table|section|article|header|footer|figure|figcaption|hr|pre)$/i;

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return NAMED[name.toLowerCase()] ?? entity;
	});
}

/** Characters a story's text may not hold (controls but tab and line feed, bidirectional controls). */
const FORBIDDEN = /(?![\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The text a reader of the HTML sees: tags dropped (block tags become line breaks), entities
 * decoded, scripts and styles left out, runs of spaces made one, one line per paragraph.
 */
export function htmlToText(html: string): string {
	// In HTML a line break in the source is a space; only block tags start a new line.
	const text = html
		.replace(/[\r\n]+/g, ' ')
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) =>
			BLOCK.test(name) ? '\n' : ''
		);
	return decodeEntities(text)
		.replace(FORBIDDEN, (c) => (c === '\r' || c === '\t' ? ' ' : ''))
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, (run) => (run === '\u00a0' ? run : ' ')).trim())
		.filter((line) => line !== '')
		.join('\n');
}

/** Text as HTML that shows exactly that text. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}
