/**
 * What an outside source is, and which hosts are never one. Plain constants and functions,
 * so the browser needs no schema library to label a source.
 */

/**
 * The kind of an outside source, shown beside it so a reader can weigh it:
 * - `official`: the record of a state or an organisation (a ministry, a president's office, the CSTO);
 * - `wire`: a news agency (Reuters, AP, AFP, EFE; TASS or BelTA only for what their officials said);
 * - `press`: an established outlet with its own reporting;
 * - `reference`: an encyclopedia, a gazetteer or a legal database;
 * - `other`: anything else, with a note saying why it is used.
 */
export const SOURCE_KINDS = ['official', 'wire', 'press', 'reference', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A host whose pages are never a source, and why. */
export interface RejectedHost {
	host: string;
	why: string;
}

const WIKIPEDIA_COPY = 'a copy of Wikipedia: cite Wikipedia itself, or better the record it cites';

/**
 * Hosts rejected by `check:data`. A host matches itself and its subdomains. Add a host
 * with the reason a reader would give for not trusting it.
 */
export const REJECTED_HOSTS: readonly RejectedHost[] = [
	{ host: 'amansaja.com', why: 'a web proxy serving other sites’ pages, here Wikipedia’s' },
	{ host: 'blogen.wiki', why: 'machine-translated scraper of Wikipedia articles' },
	{ host: 'piglix.com', why: WIKIPEDIA_COPY },
	{ host: 'wiki-gateway.eudic.net', why: WIKIPEDIA_COPY },
	{ host: 'nearbywiki.org', why: 'Wikipedia excerpts republished with map data' },
	{ host: 'wikimili.com', why: WIKIPEDIA_COPY },
	{ host: 'wikiwand.com', why: 'a reader for Wikipedia: cite the Wikipedia page itself' },
	{ host: 'askwikinow.com', why: WIKIPEDIA_COPY },
	{ host: 'wiki7.org', why: 'machine-translated copy of Wikipedia' },
	{ host: 'abcdef.wiki', why: 'machine-translated copy of Wikipedia' },
	{ host: 'iiab.me', why: 'an offline (Kiwix) copy of Wikipedia' },
	{ host: 'kiwix.lema.org', why: 'an offline (Kiwix) copy of Wikipedia' },
	{
		host: 'kiwix.colibox.colibris-outilslibres.org',
		why: 'an offline (Kiwix) copy of Wikipedia'
	},
	{ host: 'fanyv88.com', why: 'a web proxy serving other sites’ pages' },
	{
		host: 'inforos.com',
		why: 'identified by the US government as a front of Russian military intelligence'
	},
	{
		host: 'news-pravda.com',
		why: 'the “Pravda” network, identified by France’s VIGINUM as a Russian influence operation'
	},
	{ host: 'pledgetimes.com', why: 'content farm rewriting other outlets’ reports' }
];

/** The lower-case host of a URL, or undefined when it is not a URL. */
export function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return undefined;
	}
}

/** Why a URL's host is rejected as a source, or undefined when it is not. */
export function rejectedHost(
	url: string,
	hosts: readonly RejectedHost[] = REJECTED_HOSTS
): RejectedHost | undefined {
	const host = hostOf(url);
	if (!host) return undefined;
	return hosts.find((entry) => host === entry.host || host.endsWith(`.${entry.host}`));
}
