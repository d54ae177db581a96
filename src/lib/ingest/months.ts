/**
 * The month names of the languages the ingest engine reads, lower-case, January first. A
 * module of its own, with no import: the studio's first screen reads them without pulling in
 * the engine's date parser (chrono-node).
 */
export const MONTHS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'january',
		'february',
		'march',
		'april',
		'may',
		'june',
		'july',
		'august',
		'september',
		'october',
		'november',
		'december'
	]
};

/** The month (1–12) a name stands for, in any of the languages; undefined for another word. */
export function monthNumber(word: string): number | undefined {
	const w = word.toLowerCase();
	for (const names of Object.values(MONTHS)) {
		const i = names.indexOf(w);
		if (i >= 0) return i + 1;
	}
	return undefined;
}
