/**
 * People and organisations named in an article: people with the role the text gives them
 * ("le président kazakh Kassym-Jomart Tokaïev", "Secretary General Jens Stoltenberg"),
 * organisations with the expansion the text gives their acronym ("Organisation du Traité de
 * sécurité collective (OTSC)"), and every later mention of either (a surname, an acronym).
 */
import { fold, key, type Span } from './text';
import { findPlaces, type PlaceMention } from './places';
import type { Lang } from './dates';

export interface PersonFound {
	kind: 'person';
	name: string;
	/** The role as the article words it, e.g. "président biélorusse"; absent when it gives none. */
	role?: string;
	/** The passage naming the person with the role (or the name alone), verbatim. */
	passage: Span;
	iso3?: string;
}

export interface OrganisationFound {
	kind: 'organisation';
	name: string;
	acronym?: string;
	passage: Span;
	iso3?: string;
}

export type ActorFound = PersonFound | OrganisationFound;

export interface ActorMention {
	start: number;
	end: number;
	/** Index into the actors list. */
	actor: number;
}

const cap = (words: string) =>
	words
		.split('|')
		.map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`)
		.join('|');

const ROLE_FR = cap(
	[
		'vice-présidente',
		'vice-président',
		'présidente',
		'président',
		'première ministre',
		'premier ministre',
		'ministre',
		'cheffe',
		'chef',
		'secrétaire générale',
		'secrétaire général',
		'porte-parole',
		'chancelière',
		'chancelier',
		'roi',
		'reine',
		'pape',
		'général',
		'ambassadrice',
		'ambassadeur',
		'dirigeante',
		'dirigeant',
		'maire',
		'émir',
		'prince',
		'commissaire',
		'haut représentant',
		'directrice',
		'directeur'
	].join('|')
);
const ROLE_EN = [
	'Vice President',
	'Deputy Prime Minister',
	'President',
	'Prime Minister',
	'Foreign Minister',
	'Defen[cs]e Minister',
	'Interior Minister',
	'Minister(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?',
	'Secretary[- ]General',
	'Secretary of State',
	'Chancellor',
	'King',
	'Queen',
	'Pope',
	'General',
	'Ambassador',
	'[Ll]eader',
	'[Ss]pokes(?:man|woman|person)',
	'Mayor',
	'Senator',
	'Emir',
	'Crown Prince'
].join('|');

/** A capitalised word of a name: Loukachenko, Kassym-Jomart, O'Brien, Pashinián. */
const NAME_WORD = "\\p{Lu}[\\p{L}'-]*\\p{Ll}[\\p{L}'-]*";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,3}`;
/** Words between a role and the name: adjectives, "de la Défense", "des Affaires étrangères", "de l'OTAN". */
const TAIL_FR = `(?:\\s+(?:(?!(?:de|du|des|la|le|les|l)\\b)\\p{Ll}[\\p{Ll}-]*|d(?:e la|u|es|e l')\\s*\\p{L}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?)){0,5}?`;

const PERSON_FR = new RegExp(
	`(?:(?:[Ll][ea] |[Ll]')?)((?:${ROLE_FR})${TAIL_FR})\\s+(${NAME})`,
	'gu'
);
const PERSON_EN = new RegExp(
	`((?:(?:\\p{Lu}[\\p{L}.]*(?:'s)?|U\\.S\\.) ){0,2}(?:${ROLE_EN}))\\s+(${NAME})`,
	'gu'
);
/** "Nikol Pachinian, le Premier ministre arménien," / "Jens Stoltenberg, NATO's Secretary General," */
const APPOSITION_FR = new RegExp(
	`(${NAME_WORD} ${NAME}),\\s+(?:l[ea] |l')((?:${ROLE_FR})${TAIL_FR})(?=[,.;])`,
	'gu'
);
const APPOSITION_EN = new RegExp(
	`(${NAME_WORD} ${NAME}),\\s+(?:the )?((?:(?:\\p{Lu}[\\p{L}.]*(?:'s)?) ){0,2}(?:${ROLE_EN})(?: of (?:the )?\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)?)(?=[,.;])`,
	'gu'
);
/** A single capitalised word doing something: "Poutine s'est rendu", "Erdogan said". */
const SUBJECT = new RegExp(
	`(?<![\\p{L}'-])(${NAME_WORD})(?=,? (?:s'est|s'était|a|avait|est|sera|n'a|n'est|ne|said|says|told|has|had|was|will|did|added|wrote)\\b)`,
	'gu'
);
/** "said Jens Stoltenberg", "selon Sergueï Lavrov". */
const AFTER_SPEECH = new RegExp(
	`\\b(?:said|told|wrote|added|according to|selon|a déclaré|a dit|a indiqué|a ajouté|a souligné|a affirmé|a estimé|a rapporté)\\s+(${NAME_WORD} ${NAME})`,
	'gu'
);
/** Words that begin sentences or name things, never a person alone. */
const NOT_A_NAME = new Set(
	(
		'le la les l un une des il elle ils elles on nous vous ce cette cet ces mais et ou donc or ni car ' +
		'cependant pourtant toutefois lors selon depuis après avant pendant alors ainsi enfin aujourd hier demain ' +
		'the a an he she it they we you this that these those but and or so yet however when while after before ' +
		'then there here his her its their our on in at for with by from as if since moscou kremlin'
	).split(' ')
);

/** Known institutions named by their building or seat, with their state. */
const INSTITUTIONS: [RegExp, string, string][] = [
	[/\b(?:le |the )?Kremlin\b/gu, 'Kremlin', 'RUS'],
	[/\bMaison[- ]Blanche\b|\bWhite House\b/gu, 'White House', 'USA'],
	[/\b[EÉ]lysée\b/gu, 'Élysée', 'FRA'],
	[/\bPentagone?\b/gu, 'Pentagon', 'USA'],
	[/\bDowning Street\b/gu, 'Downing Street', 'GBR']
];

const MINISTRY_FR =
	/\b[Ll]e (ministère(?: \p{Ll}+)? (?:de la|du|des|de l') ?\p{Lu}[\p{L}-]*(?: \p{Ll}+)?)/gu;
const MINISTRY_EN =
	/\b(?:the )?((?:\p{Lu}\p{Ll}+ )?(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Health) Ministry|Ministry of \p{Lu}\p{Ll}+(?: Affairs)?)/gu;

const SMALL = new Set([
	'de',
	'du',
	'des',
	'la',
	'le',
	'les',
	'l',
	'd',
	'of',
	'the',
	'and',
	'et',
	'pour',
	'for',
	'on',
	'sur',
	'en',
	'in',
	'à',
	'a'
]);

/** The words before "(ACR)" that spell it: content words whose initials hold the acronym's letters in order. */
function expansionBefore(text: string, parenAt: number, acronym: string): number | undefined {
	const before = text.slice(Math.max(0, parenAt - 160), parenAt);
	const words = [...before.matchAll(/[\p{L}-]+/gu)];
	for (let i = words.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
		const word = words[i]![0];
		if (!/^\p{Lu}/u.test(word) || word[0] !== acronym[0]) continue;
		const initials = words
			.slice(i)
			.map((w) => w[0])
			.filter((w) => !SMALL.has(w.toLowerCase()))
			.map((w) => key(w[0]!))
			.join('');
		let j = 0;
		for (const c of initials) if (c === key(acronym[j] ?? '')) j++;
		if (j === acronym.length) return parenAt - before.length + words[i]!.index;
	}
	return undefined;
}

function countryNear(places: PlaceMention[], start: number, end: number): string | undefined {
	return places.find((p) => p.start >= start && p.end <= end && p.kind === 'country')?.iso3;
}

/** Every person and organisation in the text, and every mention of each. */
export function findActors(
	text: string,
	lang: Lang
): { actors: ActorFound[]; mentions: ActorMention[] } {
	const folded = fold(text);
	const places = findPlaces(text, lang);
	const actors: ActorFound[] = [];
	const mentions: ActorMention[] = [];
	const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
	const placeAt = (start: number, end: number) =>
		places.some((p) => p.start <= start && p.end >= end);

	const addPerson = (name: string, role: string | undefined, at: Span, nameStart: number) => {
		const words = name.split(' ');
		if (words.every((w) => NOT_A_NAME.has(key(w)))) return;
		if (placeAt(nameStart, nameStart + name.length)) return;
		const surname = key(words.at(-1)!);
		let index = actors.findIndex(
			(a) => a.kind === 'person' && key(a.name.split(' ').at(-1)!) === surname
		);
		if (index < 0) {
			index = actors.length;
			actors.push({
				kind: 'person',
				name: text.slice(nameStart, nameStart + name.length),
				...(role && { role: text.slice(at.start, at.end).includes(role) ? role : role }),
				passage: at,
				...(role && { iso3: countryNear(places, at.start, at.end) })
			});
		} else {
			const known = actors[index] as PersonFound;
			if (!known.role && role)
				Object.assign(known, { role, passage: at, iso3: countryNear(places, at.start, at.end) });
			// "Poutine" named in full later: the full name; never a role taken for a first name.
			if (known.name.split(' ').length === 1 && words.length > 1 && !known.role)
				known.name = text.slice(nameStart, nameStart + name.length);
		}
		mentions.push({ start: nameStart, end: nameStart + name.length, actor: index });
	};

	const personPattern = lang === 'fr' ? PERSON_FR : PERSON_EN;
	for (const m of folded.matchAll(personPattern)) {
		const nameStart = m.index + m[0].length - m[2]!.length;
		const roleStart = m.index + m[0].indexOf(m[1]!);
		const role = text.slice(roleStart, roleStart + m[1]!.length).replace(/^(?:The|the) /, '');
		addPerson(m[2]!, role, span(m.index, m.index + m[0].length), nameStart);
	}
	for (const m of folded.matchAll(lang === 'fr' ? APPOSITION_FR : APPOSITION_EN)) {
		const roleStart = m.index + m[0].lastIndexOf(m[2]!);
		const role = text.slice(roleStart, roleStart + m[2]!.length);
		addPerson(m[1]!, role, span(m.index, m.index + m[0].length), m.index);
	}
	for (const m of folded.matchAll(AFTER_SPEECH)) {
		const nameStart = m.index + m[0].length - m[1]!.length;
		addPerson(m[1]!, undefined, span(nameStart, nameStart + m[1]!.length), nameStart);
	}

	// Organisations whose acronym the text expands: "Organisation du Traité de sécurité collective (OTSC)".
	for (const m of folded.matchAll(/\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu)) {
		const acronym = m[1]!;
		const from = expansionBefore(folded, m.index, acronym.replace(/\d/gu, ''));
		if (from === undefined) continue;
		const name = text.slice(from, m.index).trim();
		if (actors.some((a) => a.kind === 'organisation' && a.acronym === acronym)) continue;
		actors.push({
			kind: 'organisation',
			name,
			acronym,
			passage: span(from, m.index + m[0].length)
		});
	}
	for (const [pattern, name, iso3] of INSTITUTIONS) {
		const m = pattern.exec(folded);
		pattern.lastIndex = 0;
		if (m)
			actors.push({
				kind: 'organisation',
				name,
				iso3,
				passage: span(m.index, m.index + m[0].length)
			});
	}
	for (const m of folded.matchAll(lang === 'fr' ? MINISTRY_FR : MINISTRY_EN)) {
		const start = m.index + m[0].indexOf(m[1]!);
		const at = span(start, start + m[1]!.length);
		if (actors.some((a) => a.kind === 'organisation' && key(a.name) === key(at.text))) continue;
		actors.push({
			kind: 'organisation',
			name: at.text,
			iso3: countryNear(places, at.start, at.end),
			passage: at
		});
	}
	// Acronyms the text does not expand (EFE, NATO): an organisation known by that name.
	for (const m of folded.matchAll(/(?<![\p{L}.])\p{Lu}{2,6}(?![\p{L}]|\.\p{L})/gu)) {
		const acronym = m[0];
		if (/^(?:[IVXLC]+|US|USA|UK|UE|EU|OK|TV|PM|AM)$/.test(acronym) && !/^(?:UE|EU)$/.test(acronym))
			continue;
		if (placeAt(m.index, m.index + acronym.length)) continue;
		const line = folded.slice(
			folded.lastIndexOf('\n', m.index) + 1,
			folded.indexOf('\n', m.index) >>> 0
		);
		if (line.replace(/[^\p{Lu}]/gu, '').length > line.replace(/[^\p{Ll}]/gu, '').length) continue;
		if (
			actors.some((a) => a.kind === 'organisation' && (a.acronym === acronym || a.name === acronym))
		)
			continue;
		actors.push({
			kind: 'organisation',
			name: acronym,
			acronym,
			passage: span(m.index, m.index + acronym.length)
		});
	}

	// People the text names without a role, doing something: "Poutine s'est rendu à Minsk"
	// (outside quotations, where "Peace will…" is no one).
	const quoted = [...folded.matchAll(/«[^»]*»|"[^"\n]*"/gu)].map((q) => [
		q.index,
		q.index + q[0].length
	]);
	for (const m of folded.matchAll(SUBJECT)) {
		const name = m[1]!;
		if (quoted.some(([s, e]) => m.index > s! && m.index < e!)) continue;
		if (NOT_A_NAME.has(key(name)) || placeAt(m.index, m.index + name.length)) continue;
		if (actors.some((a) => a.kind === 'organisation' && key(a.name).endsWith(key(name)))) continue;
		addPerson(name, undefined, span(m.index, m.index + name.length), m.index);
	}

	// Every later mention: a person's surname, an organisation's acronym or name.
	for (const [index, actor] of actors.entries()) {
		const forms =
			actor.kind === 'person'
				? [actor.name, actor.name.split(' ').at(-1)!]
				: [actor.name, ...(actor.acronym ? [actor.acronym] : [])];
		for (const form of forms) {
			const re = new RegExp(
				`(?<![\\p{L}])${fold(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
				'gu'
			);
			for (const m of folded.matchAll(re)) {
				const [start, end] = [m.index, m.index + m[0].length];
				if (mentions.some((x) => x.start <= start && x.end >= end)) continue;
				mentions.push({ start, end, actor: index });
			}
		}
	}
	mentions.sort((a, b) => a.start - b.start);
	return { actors, mentions };
}
