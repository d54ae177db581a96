/**
 * The Content-Security-Policy of a page, past what SvelteKit writes. SvelteKit puts the
 * policy of `kit.csp` (svelte.config.js) in each prerendered page's `<meta>`, with the hashes
 * of the inline scripts and styles it made; a page may need more: the embeds' boot script,
 * which the server hook adds, and the tile host of a story that asks for tiles.
 */
import { createHash } from 'node:crypto';

/** A CSP source for an inline script or style: its SHA-256 hash. */
export function hashSource(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/**
 * The page with `sources` added to directives of its CSP `<meta>` (a directive it lacks is
 * added). Throws when the page has no policy: every page must have one.
 */
export function extendPolicy(html: string, sources: Record<string, string[]>): string {
	const match = META.exec(html);
	if (!match) throw new Error('The page has no Content-Security-Policy <meta>: see kit.csp');
	const directives = match[1]!.split(';').map((directive) => directive.trim().split(/\s+/));
	for (const [name, added] of Object.entries(sources)) {
		if (added.length === 0) continue;
		const directive = directives.find(([key]) => key === name);
		if (directive) directive.push(...added.filter((source) => !directive.includes(source)));
		else directives.push([name, ...added]);
	}
	const content = directives.map((directive) => directive.join(' ')).join('; ');
	return html.replace(
		META,
		() => `<meta http-equiv="content-security-policy" content="${content}">`
	);
}

/** The page with `tag` right after its CSP `<meta>`, the first place the policy covers. */
export function afterPolicy(html: string, tag: string): string {
	if (!META.test(html)) throw new Error('The page has no Content-Security-Policy <meta>');
	return html.replace(META, (meta) => `${meta}${tag}`);
}

/**
 * The CSP source of a tile URL template's host: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * gives `https://*.tile.example.org`. Undefined for a template whose host is not a plain
 * name (the tiles are then blocked, which the reader sees).
 */
export function tileSource(template: string): string | undefined {
	const match = /^https:\/\/([^/?#]+)/.exec(template);
	if (!match) return undefined;
	const host = match[1]!.replace(/^\{s\}\./, '*.').toLowerCase();
	return /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host) ? `https://${host}` : undefined;
}
