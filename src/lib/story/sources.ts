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

const WIKIPEDIA_COPY = 'a copy of Wikipedia: cite the record the article cites';

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
	{ host: 'wikiwand.com', why: WIKIPEDIA_COPY },
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

/** A host and what it is (a wiki, a gazetteer). */
export interface NamedHost {
	host: string;
	name: string;
}

/**
 * Wikis: pages anyone may rewrite after they are cited, whose authors a reader cannot weigh.
 * A wiki is not a source of record, in any language edition (Scots Wikipedia was long written
 * by a non-speaker): cite what its article cites. A host matches itself and its subdomains.
 */
export const WIKI_HOSTS: readonly NamedHost[] = [
	{ host: 'wikipedia.org', name: 'Wikipedia, every language edition' },
	{ host: 'wikimedia.org', name: 'Wikimedia projects (Commons, Meta)' },
	{ host: 'wikidata.org', name: 'Wikidata' },
	{ host: 'wikisource.org', name: 'Wikisource, transcriptions of documents' },
	{ host: 'wikinews.org', name: 'Wikinews' },
	{ host: 'wikiquote.org', name: 'Wikiquote' },
	{ host: 'wiktionary.org', name: 'Wiktionary' },
	{ host: 'wikibooks.org', name: 'Wikibooks' },
	{ host: 'wikivoyage.org', name: 'Wikivoyage' },
	{ host: 'wikiversity.org', name: 'Wikiversity' },
	{ host: 'fandom.com', name: 'Fandom wikis' },
	{ host: 'wikia.com', name: 'Fandom wikis, under their former name' },
	{ host: 'wikia.org', name: 'Fandom wikis, under their former name' },
	{ host: 'miraheze.org', name: 'Miraheze wikis' },
	{ host: 'ruwiki.ru', name: 'Ruwiki, a fork of Russian Wikipedia' },
	{ host: 'baike.baidu.com', name: 'Baidu Baike' }
];

/** The rule a source on a wiki breaks, as said to an editor. */
export const WIKI_RULE = 'a wiki is not a source of record: cite what it cites';

/**
 * Gazetteers whose records are revised in place rather than published on a day: a record
 * has no publication date to give, so `check:data` does not ask for one. Its id, in the
 * URL, is what identifies it.
 */
export const GAZETTEER_HOSTS: readonly NamedHost[] = [{ host: 'geonames.org', name: 'GeoNames' }];

/** The lower-case host of a URL, or undefined when it is not a URL. */
export function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return undefined;
	}
}

/** The entry of `hosts` that a URL's host is, or is a subdomain of. */
function matchHost<Entry extends { host: string }>(
	url: string,
	hosts: readonly Entry[]
): Entry | undefined {
	const host = hostOf(url);
	if (!host) return undefined;
	return hosts.find((entry) => host === entry.host || host.endsWith(`.${entry.host}`));
}

/** Why a URL's host is rejected as a source, or undefined when it is not. */
export function rejectedHost(
	url: string,
	hosts: readonly RejectedHost[] = REJECTED_HOSTS
): RejectedHost | undefined {
	return matchHost(url, hosts);
}

/** The gazetteer a URL is a record of, or undefined when it is none of `hosts`. */
export function gazetteerHost(
	url: string,
	hosts: readonly NamedHost[] = GAZETTEER_HOSTS
): NamedHost | undefined {
	return matchHost(url, hosts);
}

/** The wiki a URL is on, or undefined when it is on none of `hosts`. */
export function wikiHost(
	url: string,
	hosts: readonly NamedHost[] = WIKI_HOSTS
): NamedHost | undefined {
	return matchHost(url, hosts);
}
