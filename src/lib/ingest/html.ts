/**
 * The article inside a saved web page: its body extracted by @mozilla/readability, and the
 * page's furniture (byline, share widget, comment form, author blurb) kept apart, labelled,
 * never taken for reporting. The DOM parser is the caller's (linkedom in Node, DOMParser in
 * the browser), so this module runs in both.
 */
import { Readability } from '@mozilla/readability';

export type ParseHtml = (html: string) => Document;

export type FurnitureKind = 'byline' | 'share' | 'comments' | 'author';

export interface Extracted {
	title?: string;
	/** Body paragraphs, in order. */
	paragraphs: string[];
	furniture: { kind: FurnitureKind; text: string }[];
}

/** Where pages keep their furniture: class names and attributes used by common site templates. */
const FURNITURE: [FurnitureKind, string][] = [
	['byline', '[rel="author"], .byline, .author-name, [itemprop="author"], .post-author'],
	['share', '.share, .sharing, .social-share, [class*="share-"], [aria-label*="hare"]'],
	['author', '.author-bio, .author-box, .about-author, [class*="author-bio"], [class*="bio"]'],
	[
		'comments',
		'#comments, #respond, .comment-respond, .comment-form, form[id*="comment"], [class*="comments"]'
	]
];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** Text blocks of an element: its paragraphs and headings, else its whole text. */
function blocks(element: Element): string[] {
	const parts = [...element.querySelectorAll('h1, h2, h3, h4, p, li, label, button, a')]
		.filter((e) => !e.querySelector('p, li, h1, h2, h3, h4'))
		.map((e) => squash(e.textContent))
		.filter(Boolean);
	return parts.length > 0 ? [...new Set(parts)] : [squash(element.textContent)].filter(Boolean);
}

export function extractArticle(html: string, parseHtml: ParseHtml): Extracted {
	const page = parseHtml(html);
	const furniture: Extracted['furniture'] = [];
	const seen = new Set<string>();
	for (const [kind, selector] of FURNITURE) {
		for (const element of page.querySelectorAll(selector)) {
			if ([...seen].some((s) => s === squash(element.textContent))) continue;
			const text = blocks(element).join('\n');
			if (!text || seen.has(text)) continue;
			seen.add(squash(element.textContent));
			seen.add(text);
			furniture.push({ kind, text });
		}
	}
	// Readability changes the document it reads: give it its own copy.
	const article = new Readability(parseHtml(html)).parse();
	const body = parseHtml(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`);
	const furnitureText = new Set(furniture.flatMap((f) => f.text.split('\n')));
	const paragraphs = [...body.querySelectorAll('p, h2, h3, h4, li, blockquote')]
		.filter((e) => !e.querySelector('p, li'))
		.map((e) => squash(e.textContent))
		.filter((p) => p && !furnitureText.has(p));
	const title =
		squash(article?.title) || squash(page.querySelector('h1')?.textContent) || undefined;
	return { ...(title && { title }), paragraphs, furniture };
}
