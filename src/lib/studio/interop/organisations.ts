/**
 * Organisations a timeline names with their acronym spelled out: "Collective Security
 * Treaty Organization (CSTO)", "Organisation du Traité de sécurité collective (OTSC)". A
 * story needs an organisation; one named this way is one the file itself gives. Only names
 * whose initials spell the acronym and that say they are an organisation count, so that
 * "Electronic Numerical Integrator And Computer (ENIAC)" is not taken for one.
 */

export interface NamedOrganisation {
	name: string;
	acronym: string;
	/** The name and its acronym as the text writes them: "… Organization (CSTO)". */
	passage: string;
	/** How many times the text writes the acronym. */
	mentions: number;
}

/** Little words that an acronym may skip: "Organisation du Traité de …" is OTSC. */
const SMALL = new Set(
	'of the and for on in at to de du des la le les et pour sur en d l'.split(' ')
);

/** Words that make a name an organisation's, in English and French. */
const ORGANISATION =
	/^(?:organi[sz]ations?|unions?|alliances?|treaty|traité|councils?|conseil|communit(?:y|ies)|communauté|associations?|leagues?|ligue|pacte?|commonwealth|co-?operation|coopération|nations|forum|bloc|group|groupe|conferences?|conférence|agency|agence|funds?|fonds|banks?|banque|commission|committee|comité|parliament|parlement|assembly|assemblée)$/iu;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function namedOrganisations(text: string): NamedOrganisation[] {
	const found = new Map<string, NamedOrganisation>();
	for (const match of text.matchAll(/\((\p{Lu}{2,10})\)/gu)) {
		const acronym = match[1]!;
		const before = text.slice(Math.max(0, match.index - 250), match.index);
		if (!/[\p{L}\p{N}]\s*$/u.test(before)) continue;
		const words = [...before.matchAll(WORD)];
		let letter = acronym.length - 1;
		let first: RegExpExecArray | undefined;
		let isOrganisation = false;
		for (let w = words.length - 1; w >= 0 && letter >= 0; w--) {
			const word = words[w]!;
			// "l’Atlantique" is read from after its apostrophe.
			const stem = word[0].split(/['’]/).at(-1)!;
			if (stem[0]!.toUpperCase() === acronym[letter]) {
				letter--;
				if (ORGANISATION.test(stem)) isOrganisation = true;
				if (letter < 0) first = word;
			} else if (!SMALL.has(stem.toLowerCase()) && !SMALL.has(word[0].toLowerCase())) break;
		}
		if (!first || !isOrganisation || found.has(acronym)) continue;
		// The name starts at its first word's stem: "l’Organisation" names "Organisation".
		const stem = first[0].split(/['’]/).at(-1)!;
		const start = match.index - before.length + first.index + first[0].length - stem.length;
		const mentions = text.match(
			new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu')
		);
		found.set(acronym, {
			name: text.slice(start, match.index).trim(),
			acronym,
			passage: text.slice(start, match.index + match[0].length),
			mentions: mentions?.length ?? 1
		});
	}
	return [...found.values()].sort((a, b) => b.mentions - a.mentions);
}
