/**
 * Content for Leaflet. Leaflet parses a string given as a tooltip, a popup, an attribution or
 * an icon's `html` as HTML, and a story's names are text: so everything the map hands to
 * Leaflet is a node made here, filled with `textContent`, never a string. ESLint holds the map
 * to it (see `leafletContent` in eslint.config.js).
 */

/** An element holding `text` as text: markup in it shows as typed and never runs. */
export function textElement(
	text: string,
	{ tag = 'span', className }: { tag?: 'span' | 'strong' | 'div'; className?: string } = {},
	doc: Document = document
): HTMLElement {
	const element = doc.createElement(tag);
	if (className) element.className = className;
	element.textContent = text;
	return element;
}

/** One credit of the map: a text, linked when it has an address. */
export interface Credit {
	text: string;
	/** Only the map's own constants carry one: a story's tile attribution is plain text. */
	href?: string;
}

/**
 * The map's credits line, as Leaflet's attribution control lays it out ("Leaflet | Natural
 * Earth, © a tile provider") but built from nodes: that control writes its strings as HTML.
 */
export function creditsElement(
	prefix: Credit,
	credits: Credit[],
	doc: Document = document
): HTMLElement {
	const container = textElement('', { tag: 'div', className: 'leaflet-control-attribution' }, doc);
	const node = ({ text, href }: Credit): Node => {
		if (!href) return doc.createTextNode(text);
		const link = doc.createElement('a');
		link.href = href;
		link.rel = 'external noopener';
		link.textContent = text;
		return link;
	};
	const separator = textElement('|', {}, doc);
	separator.setAttribute('aria-hidden', 'true');
	container.append(node(prefix), ' ', separator, ' ');
	credits.forEach((credit, i) => container.append(...(i > 0 ? [', '] : []), node(credit)));
	return container;
}
