/**
 * The `_headers` file (static/_headers, the format of Netlify and Cloudflare Pages), read so
 * that `vite preview` sends what a real host would, and the browser tests see it.
 */

export interface HeaderRule {
	/** The rule's path: `/embed/:story/:view/`, `/stories/*`. */
	path: string;
	pattern: RegExp;
	headers: [string, string][];
}

/** Parse a `_headers` file: a path line, then its indented `Name: value` lines; `#` comments. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), pattern: pathPattern(line.trim()), headers: [] });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) throw new Error(`_headers:${i + 1}: expected "Name: value" under a path`);
		rule.headers.push([header[1]!, header[2]!.trim()]);
	}
	return rules;
}

/** `*` matches anything (a splat), `:name` one path segment. */
function pathPattern(path: string): RegExp {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers of a path: those of every rule that matches, a header set by two rules joined
 * with ", " as Cloudflare Pages does (two CSP headers are then two policies, both enforced).
 */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	return headers;
}
