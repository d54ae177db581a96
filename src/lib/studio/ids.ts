/**
 * The ids the studio gives, one rule for each kind, so that the same fact or source gets the
 * same id whoever makes it: readable words, then a year.
 * - A fact: the first four words that carry meaning in its English title (else its
 *   language's), then the year it starts: "Military coup in Myanmar" on 1 February 2021 is
 *   `military-coup-myanmar-2021`. It is given when the fact is made or accepted, and kept
 *   from then on: it is the fact's address.
 * - An outside source: its publisher's first three words, before any bracket or comma, then
 *   the year of the page when it shows one: "The Jakarta Post", 9 October 2024, is
 *   `jakarta-post-2024`.
 * An id already taken gets -2, -3… in the order things are made.
 */

/** Words that say nothing alone, left out of ids (English and French). */
const FILLER = new Set(
	(
		'a an the of in on at to for and or by with as its it is are from into after before ' +
		'will would only also son sa ses leur leurs ' +
		'le la les l d de des du un une en et au aux a pour par sur dans avec s'
	).split(' ')
);

function meaningful(text: string, max: number): string[] {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			// "Widodo’s" is Widodo, "l’Arménie" Arménie, "Ma’ruf" one word.
			.replace(/['’]s(?![a-z])/gu, '')
			.replace(/(?<![a-z])(?:[cdjlmnst]|qu)['’]/gu, '')
			.replace(/['’]/gu, '')
			.split(/[^a-z0-9]+/u)
			.filter((w) => w !== '' && !FILLER.has(w))
			.slice(0, max)
	);
}

function unused(taken: Iterable<string>, base: string): string {
	const used = new Set(taken);
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}

/** The year an EDTF date or interval starts in ("2024-10-10/2024-10-11" → "2024"), if any. */
function startYear(edtf: string): string | undefined {
	const first = edtf.split('/').find((end) => end !== '' && end !== '..');
	const year = first && /^(-?)(\d{4})/u.exec(first.replace(/[~?%]/gu, ''));
	return year ? `${year[1] ? 'bce-' : ''}${year[2]}` : undefined;
}

export function eventId(
	taken: Iterable<string>,
	event: { date: { edtf: string }; title: Record<string, string | undefined> },
	language: string
): string {
	const title = event.title.en ?? event.title[language] ?? '';
	const words = meaningful(title, 4);
	const year = startYear(event.date.edtf);
	return unused(taken, [...(words.length ? words : ['fact']), ...(year ? [year] : [])].join('-'));
}

export function sourceId(taken: Iterable<string>, publisher: string, pageDate?: string): string {
	const name = publisher.split(/[(,]/u)[0]!;
	const words = meaningful(name, 3);
	const year = pageDate && startYear(pageDate);
	return unused(taken, [...(words.length ? words : ['source']), ...(year ? [year] : [])].join('-'));
}
