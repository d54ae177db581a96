/**
 * The HTML a newsroom pastes to embed a view, and the oEmbed response that tells a CMS the
 * same thing. Every value is escaped: titles and URLs are text, never markup.
 */

export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

export interface EmbedCodeOptions {
	/** Absolute URL of the embed page, with its options in the query. */
	src: string;
	/** What the iframe shows, for screen readers. */
	title: string;
	/** Initial height in px, before the embed reports its own. */
	height: number;
	/** Absolute URL of Chronomap's resize script; left out for an iframe alone. */
	scriptSrc?: string;
}

/** An iframe that resizes itself (with the script) and works inside a sandbox. */
export function embedCode({ src, title, height, scriptSrc }: EmbedCodeOptions): string {
	const iframe =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%"` +
		` loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"` +
		` data-chronomap-embed></iframe>`;
	return scriptSrc
		? `${iframe}\n<script async src="${escapeAttribute(scriptSrc)}"></script>`
		: iframe;
}

export interface OEmbedOptions {
	html: string;
	width: number;
	height: number;
	title: string;
	providerName: string;
	providerUrl: string;
	thumbnailUrl?: string;
	thumbnailWidth?: number;
	thumbnailHeight?: number;
}

/** An oEmbed 1.0 response of type `rich`. */
export function oembedResponse(options: OEmbedOptions) {
	return {
		version: '1.0',
		type: 'rich',
		title: options.title,
		provider_name: options.providerName,
		provider_url: options.providerUrl,
		html: options.html,
		width: options.width,
		height: options.height,
		...(options.thumbnailUrl && {
			thumbnail_url: options.thumbnailUrl,
			thumbnail_width: options.thumbnailWidth,
			thumbnail_height: options.thumbnailHeight
		})
	};
}
