/**
 * The parts of a plain-text article: its headline (and a first line that has nothing to do
 * with the body, as happens when a page's title is left over from another article), the
 * body, and the furniture after it (byline, author blurb, share and comment widgets).
 */
import { key } from './text';
import type { FurnitureKind } from './html';

export interface Line {
	start: number;
	end: number;
	text: string;
}

export interface Layout {
	title?: Line;
	/** Lines before the body that are not its headline. */
	unrelatedHeadlines: Line[];
	body: { start: number; end: number };
	furniture: (Line & { kind: FurnitureKind | 'headline' })[];
	byline?: Line;
}

const COMMENTS =
	/^(?:laisser un commentaire|leave a (?:comment|reply)|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|your email address will not be published|commentaires?|comments?|r[ée]pondre|reply|\d+ (?:commentaires?|comments?))\b/iu;
const SHARE =
	/^(?:partager|share|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|imprimer|print)\b/iu;
const NAME_LINE = /^(?:(?:par|by)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

function lines(text: string): Line[] {
	return [...text.matchAll(/[^\n]+/gu)]
		.map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim() }))
		.filter((l) => l.text !== '');
}

const isShort = (line: Line) => line.text.length < 200 && !/[.!?»"”]$/u.test(line.text);
const contentWords = (text: string) =>
	new Set((key(text).match(/\p{L}{5,}/gu) ?? []).map((w) => w.replace(/s$/, '')));

export function layoutOf(text: string): Layout {
	const all = lines(text);
	const furniture: Layout['furniture'] = [];
	let byline: Line | undefined;

	// Furniture at the end, read upwards until the first line of reporting.
	let last = all.length - 1;
	while (last > 0) {
		const line = all[last]!;
		const previous = all[last - 1];
		if (COMMENTS.test(line.text)) furniture.unshift({ ...line, kind: 'comments' });
		else if (SHARE.test(line.text)) furniture.unshift({ ...line, kind: 'share' });
		else if (NAME_LINE.test(line.text) && !byline) {
			byline = line;
			furniture.unshift({ ...line, kind: 'byline' });
		} else if (previous && NAME_LINE.test(previous.text) && !byline)
			furniture.unshift({ ...line, kind: 'author' });
		else break;
		last--;
	}

	// Short lines at the top are headlines; one that shares no word with the body is not its own.
	let first = 0;
	const heads: Line[] = [];
	while (first < last && heads.length < 3 && isShort(all[first]!)) heads.push(all[first++]!);
	// A headline sums up the lead: one that shares (almost) no word with the first paragraphs
	// belongs to another article (a page's title left over from elsewhere).
	const lead = contentWords(
		all
			.slice(first, Math.min(first + 2, last + 1))
			.map((l) => l.text)
			.join(' ')
	);
	const overlap = (line: Line) => {
		const words = [...contentWords(line.text)];
		return words.length === 0 ? 0 : words.filter((w) => lead.has(w)).length / words.length;
	};
	const scores = heads.map(overlap);
	const related = scores.findIndex((score) => score >= 0.25);
	const titleIndex = related >= 0 ? related : 0;
	const title = heads[titleIndex];
	const unrelatedHeadlines = heads
		.slice(0, titleIndex)
		.filter((h) => contentWords(h.text).size >= 3);
	for (const line of unrelatedHeadlines) furniture.unshift({ ...line, kind: 'headline' });
	// Short lines after the headline (a dek, a subtitle) stay in the body.
	const bodyStart = title ? (all[all.indexOf(title) + 1]?.start ?? title.end) : 0;
	const bodyEnd = all[last]?.end ?? text.length;
	return {
		...(title && { title }),
		unrelatedHeadlines,
		body: { start: Math.min(bodyStart, bodyEnd), end: bodyEnd },
		furniture,
		...(byline && { byline })
	};
}
