/**
 * What every import shares: a file's events, read by its format's module into `Entry`s,
 * become a draft story whose source text is the file's own words. Each event quotes its own
 * headline and text from that source text, every fact is `review: draft`, and the draft is
 * checked by the same validator as `npm run check:data` before it is handed back.
 */
import { stringify } from 'yaml';
import * as v from 'valibot';
import { formatProblem, validateStory } from '../../story/validate';
import { EVENT_CATEGORIES, type EventCategory } from '../../story/categories';
import { GROUP_CHARS, Id } from '../../story/schema';
import { LIMITS } from '../../story/limits';
import { checkQuoteLength } from '../../story/text-rules';
import { withFrenchSpacing } from '../../story/typography';
import { rejectedHost } from '../../story/sources';
import { fold, key, slug, uniqueId } from '../../ingest/text';
import { detect } from 'tinyld/light';
import { categoryOf } from '../../ingest/events';
import { namedOrganisations } from './organisations';
import { en } from '../../i18n-pages-en';
import { fr } from '../../i18n-pages-fr';

export type Lang = 'fr' | 'en';

export type Imported =
	| { ok: true; story: unknown; sourceText: string; warnings: string[] }
	| { ok: false; problems: string[] };

export interface ImportOptions {
	/** The story's id (its folder's name); by default made from the file's title. */
	id?: string;
	/** The story's language; detected from the file's text when left out. */
	lang?: Lang;
	/** YYYY-MM-DD: the day the story is published; by default the day of the import. */
	published?: string;
}

/** One event read from a file, with a date already checked. Texts are plain text. */
export interface Entry {
	/** Where it is in the file, for messages: `events[3]`, `row 5`. */
	where: string;
	id?: string;
	date: { edtf: string; wording?: string };
	headline: string;
	text: string;
	/** The file's group (TimelineJS, the Sheets template) or group column, as written. */
	group?: string;
	/** The file's category column (our own events.csv), as written. */
	category?: string;
	media?: { url: string; caption?: string; credit?: string };
	/** Passages the file gives as the event's proof (our own events.csv), verbatim. */
	quotes?: string[];
	/** Outside sources the file cites for the event (URLs). */
	sources?: string[];
}

/** What a format's module read from a file. */
export interface Collected {
	/** The format, as a reader names it: "TimelineJS", "CSV". */
	format: string;
	title?: { headline: string; text: string };
	entries: Entry[];
	warnings: string[];
}

/** Files larger than this are refused before they are read (a large timeline is a few hundred KB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * The text of a file handed over as a string or as bytes, or the problem with it: empty,
 * binary (NUL bytes), not UTF-8, or too large. A byte order mark is dropped.
 */
export function readText(input: unknown, what: string): { text: string } | { problem: string } {
	let text: string;
	if (typeof input === 'string') {
		if (input.length > MAX_INPUT_BYTES)
			return { problem: `${what}: more than ${MAX_INPUT_BYTES} characters; too large to import` };
		if (input.includes('\u0000'))
			return { problem: `${what}: binary file (it holds NUL bytes), not text` };
		if (input.includes('\ufffd'))
			return {
				problem: `${what}: not UTF-8 text (it holds U+FFFD replacement characters, left where bytes could not be read); save it as UTF-8`
			};
		text = input;
	} else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
		const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
		if (bytes.length > MAX_INPUT_BYTES)
			return {
				problem: `${what}: ${bytes.length} bytes, more than the ${MAX_INPUT_BYTES} allowed`
			};
		if (bytes.includes(0))
			return { problem: `${what}: binary file (it holds NUL bytes), not text` };
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return { problem: `${what}: not UTF-8 text; save it as UTF-8` };
		}
	} else return { problem: `${what}: expected the file's text, found ${describe(input)}` };
	text = text.replace(/^\uFEFF/u, '');
	if (text.trim() === '') return { problem: `${what}: the file is empty` };
	return { text };
}

/** What a value is, for a message: "a list", "a number (3)", "nothing". */
export function describe(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string')
		return `the text "${value.slice(0, 40)}${value.length > 40 ? '…' : ''}"`;
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value} (${String(value).slice(0, 40)})`;
}

const LABELS = { fr: fr.category, en: en.category };

/** A group or category as the file writes it, folded: "Conflits armés" → "conflit-arme". */
function groupKey(text: string): string {
	return key(text)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map((word) => (word.length > 3 ? word.replace(/s$/, '') : word))
		.join('-');
}

const CATEGORY_BY_KEY = new Map<string, EventCategory>(
	EVENT_CATEGORIES.flatMap((category) => [
		[groupKey(category), category],
		[groupKey(LABELS.en[category]), category],
		[groupKey(LABELS.fr[category]), category]
	])
);

/** The category a TimelineJS group or a CSV category names (its id or its label, in French or English, any case or number). */
export function categoryOfGroup(group: string): EventCategory | undefined {
	return CATEGORY_BY_KEY.get(groupKey(group));
}

/** A category as a TimelineJS group: its label in the language. */
export function groupOfCategory(category: EventCategory, lang: Lang): string {
	return LABELS[lang][category];
}

/** A URL that can be an outside source (http or https), or why not. */
export function checkUrl(url: string): { url: string } | { problem: string } {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { problem: `"${url.slice(0, 60)}" is not a URL` };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
		return { problem: `"${url.slice(0, 60)}" is not an http(s) URL` };
	if (/\s/u.test(url)) return { problem: `"${url.slice(0, 60)}" holds white space` };
	const rejected = rejectedHost(url);
	if (rejected) return { problem: `${rejected.host} is not accepted as a source: ${rejected.why}` };
	return { url };
}

const NO_DATE_NOTE = {
	fr: 'Le fichier importé ne donne pas de date de publication : le jour de l’import en tient lieu.',
	en: 'The imported file gives no publication date: the day it was imported stands in.'
};
const MEDIA_NOTE = {
	fr: 'Média montré avec cet événement dans la chronologie importée.',
	en: 'Media shown with this event in the imported timeline.'
};

/** The source's id prefix for a TimelineJS slide's media, which export gives back as its media. */
export const MEDIA_SOURCE = 'media-';

function importNote(format: string, count: number) {
	return {
		fr: `Importé d’un fichier ${format} : le texte source est celui du fichier (les titres et textes de ses ${count} événements), pas un article. Rien n’en a encore été vérifié.`,
		en: `Imported from a ${format} file: the source text is the file’s own (the headlines and texts of its ${count} events), not an article. None of it has been checked yet.`
	};
}

/** The words a reader sees, no longer than `max` characters, cut at a word. */
function shorten(text: string, max = 120): string {
	const line = text.replace(/\s+/gu, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A story's YAML, as `storyZip` and the studio write it. */
export function storyYaml(story: unknown): string {
	return stringify(story, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/**
 * An import that cannot throw: a fault of its own is a problem to report, never a crash of
 * the page that called it.
 */
export function guarded<A extends unknown[]>(
	read: (...args: A) => Imported
): (...args: A) => Imported {
	return (...args) => {
		try {
			return read(...args);
		} catch (error) {
			const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
			return {
				ok: false,
				problems: [`the import failed on this file (${message}); please report it`]
			};
		}
	};
}

/**
 * The draft story for what a format's module read: a file it cannot make a valid story
 * from gives `{ ok: false, problems }`.
 */
export function draftStory(collected: Collected, options: ImportOptions = {}): Imported {
	const warnings = [...collected.warnings];
	const problems: string[] = [];
	if (options.id !== undefined && !v.is(Id, options.id))
		problems.push(`id "${options.id}" must be lower-case letters, digits and hyphens`);
	const published = options.published ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/u.test(published) || Number.isNaN(Date.parse(published)))
		problems.push(`published "${published}" must be a day, YYYY-MM-DD`);
	if (collected.entries.length === 0)
		problems.push(
			`no event with a usable date in this ${collected.format} file: a date is never guessed, so there is nothing to import`
		);
	if (collected.entries.length > LIMITS.items - 10)
		problems.push(`${collected.entries.length} events: a story holds at most ${LIMITS.items - 10}`);
	if (problems.length > 0) return { ok: false, problems: [...problems, ...warnings] };

	// The source text: the file's own words, one block per event, quoted by the event.
	const blocks: string[] = [];
	const heading = collected.title;
	if (heading) blocks.push([heading.headline, heading.text].filter(Boolean).join('\n'));
	const quotable = (text: string | undefined): text is string =>
		text !== undefined && text.trim() !== '' && checkQuoteLength(text) === undefined;
	const usable: { entry: Entry; proofs: string[] }[] = [];
	for (const entry of collected.entries) {
		const quotes = (entry.quotes ?? []).filter(quotable);
		const proofs = quotes.length > 0 ? quotes : [entry.headline, entry.text].filter(quotable);
		if (proofs.length === 0) {
			warnings.push(
				`${entry.where}: skipped: no headline or text of ${LIMITS.quoteLetters} letters or more to quote as its proof`
			);
			continue;
		}
		const lines = [entry.date.wording, entry.headline, entry.text, ...quotes].filter(
			(line): line is string => line !== undefined && line !== ''
		);
		blocks.push([...new Set(lines)].join('\n'));
		usable.push({ entry, proofs: [...new Set(proofs)] });
	}
	if (usable.length === 0)
		return {
			ok: false,
			problems: [
				`no event of this ${collected.format} file has words to quote as its proof`,
				...warnings
			]
		};
	const sourceText = blocks.join('\n\n') + '\n';
	if (new TextEncoder().encode(sourceText).length > LIMITS.sourceBytes)
		return {
			ok: false,
			problems: [
				`the file's text is more than the ${LIMITS.sourceBytes} bytes a story's source text may hold`
			]
		};

	// The light build of tinyld tells French from English well enough, at a tenth of the weight.
	const lang: Lang =
		options.lang ?? (detect(sourceText, { only: ['fr', 'en'] }) === 'en' ? 'en' : 'fr');
	// A text in the story's language and, until a person translates it, the same words in
	// English. Paragraphs stay one per line.
	const local = (text: string) => {
		const clean = text
			.split('\n')
			.map((line) => line.replace(/\s+/gu, ' ').trim())
			.filter(Boolean)
			.join('\n');
		return lang === 'fr' ? { fr: withFrenchSpacing(clean), en: clean } : { en: clean };
	};
	const both = (text: { fr: string; en: string }) =>
		lang === 'fr' ? { fr: withFrenchSpacing(text.fr), en: text.en } : { en: text.en };
	const anchor = [heading?.headline, heading?.text].find(quotable) ?? usable[0]!.proofs[0]!;

	// Sources: each media URL, and each outside source a row cites.
	const sources: Record<string, unknown>[] = [];
	const sourceIds = new Set<string>();
	const sourceByUrl = new Map<string, string>();
	const outside = (url: string, id: string, publisher?: string) => {
		const known = sourceByUrl.get(url);
		if (known) return known;
		const sourceId = uniqueId(id, sourceIds);
		sources.push({
			id: sourceId,
			publisher: publisher || new URL(url).hostname,
			kind: 'other',
			url
		});
		sourceByUrl.set(url, sourceId);
		return sourceId;
	};

	const eventIds = new Set<string>();
	const unmapped = new Map<string, string[]>();
	const events = usable.map(({ entry, proofs }) => {
		const id =
			entry.id && v.is(Id, entry.id) && !eventIds.has(entry.id)
				? (eventIds.add(entry.id), entry.id)
				: uniqueId(slug(entry.headline || entry.text, 6), eventIds);
		// A group that names a category is that category; any other is kept as the event's group.
		const groupCategory = entry.group ? categoryOfGroup(entry.group) : undefined;
		const group = entry.group && !groupCategory ? shorten(entry.group, GROUP_CHARS) : undefined;
		let category = (entry.category ? categoryOfGroup(entry.category) : undefined) ?? groupCategory;
		if (!category) {
			category = categoryOf(fold(`${entry.headline} ${entry.text}`), lang, false);
			if (entry.category)
				unmapped.set(entry.category, [...(unmapped.get(entry.category) ?? []), entry.where]);
		}
		const provenance: Record<string, unknown>[] = proofs.map((quote) => ({ quote }));
		for (const url of entry.sources ?? []) {
			const checked = checkUrl(url);
			if ('problem' in checked)
				warnings.push(`${entry.where}: source left out: ${checked.problem}`);
			else
				provenance.push({
					source: outside(checked.url, `source-${slug(new URL(url).hostname, 4)}`)
				});
		}
		const notes: Record<string, unknown>[] = [];
		if (entry.media) {
			const checked = checkUrl(entry.media.url);
			if ('problem' in checked) warnings.push(`${entry.where}: media left out: ${checked.problem}`);
			else {
				const source = outside(checked.url, `${MEDIA_SOURCE}${id}`, entry.media.credit);
				notes.push({
					kind: 'editorial',
					text: both(MEDIA_NOTE),
					provenance: [
						{ source, ...(entry.media.caption && { detail: shorten(entry.media.caption, 2000) }) }
					]
				});
			}
		}
		return {
			id,
			title: local(entry.headline ? shorten(entry.headline, 300) : shorten(entry.text)),
			summary: local(entry.text || entry.headline),
			date: entry.date,
			category,
			...(group && { group }),
			provenance,
			...(notes.length > 0 && { notes }),
			review: 'draft'
		};
	});
	for (const [group, where] of unmapped)
		warnings.push(
			`category "${group}" (${where.slice(0, 3).join(', ')}${where.length > 3 ? '…' : ''}) is none of the story's categories (${EVENT_CATEGORIES.join(', ')}): the category is drafted from the event's words`
		);

	// The organisation whose members the map shows: one the file names with its acronym
	// spelled out ("Collective Security Treaty Organisation (CSTO)"), never a guessed one;
	// none named, the story has none (and no memberships) until a person names it.
	const named = namedOrganisations(sourceText).find((o) => quotable(o.passage));
	const actors: Record<string, unknown>[] = [];
	if (named) {
		const name = `${named.name} (${named.acronym})`;
		actors.push({
			kind: 'organisation',
			id: slug(named.acronym, 5),
			name: local(name),
			provenance: [{ quote: named.passage }],
			review: 'draft'
		});
		warnings.push(
			`the story's organisation is drafted as "${name}", which the file names: check it`
		);
	} else
		warnings.push(
			'the file names no organisation with its acronym spelled out: the story has none (organisation.actor is left out) until a person names it'
		);
	const summit = events.find((event) => event.category === 'summit') ?? events[0]!;
	if (summit.category !== 'summit')
		warnings.push(`no summit event: "${summit.id}" stands in as the story's summit; check it`);

	const id = options.id ?? slug(heading?.headline || usable[0]!.entry.headline, 6);
	const story = {
		id,
		language: lang,
		review: 'draft',
		title: heading?.headline
			? local(heading.headline)
			: both({ fr: 'Chronologie importée', en: 'Imported timeline' }),
		dek: heading?.text
			? local(heading.text)
			: both({
					fr: `Chronologie importée d’un fichier ${collected.format}.`,
					en: `Timeline imported from a ${collected.format} file.`
				}),
		published: {
			edtf: published,
			established: {
				kind: 'clarification',
				text: both(NO_DATE_NOTE),
				provenance: [{ quote: anchor }]
			}
		},
		organisation: { ...(actors[0] && { actor: actors[0].id }), summit: summit.id },
		editorialNotes: [
			{
				kind: 'editorial',
				text: both(importNote(collected.format, events.length)),
				provenance: [{ quote: anchor }]
			}
		],
		sources,
		places: [],
		actors,
		events
	};

	const checked = validateStory(`${id}/story.yaml`, storyYaml(story), sourceText, { folder: id });
	if (!checked.ok)
		return {
			ok: false,
			problems: [
				'the drafted story is not valid (a fault of the import, please report it):',
				...checked.problems.map(formatProblem)
			]
		};
	// The file gives its sources no title and no date: said once, not twice per source.
	if (sources.length > 0)
		warnings.push(
			`${sources.length} source(s) have no title or date, which the file does not give: add them when reviewing`
		);
	const said = new Set(['source-title', 'source-date', 'limit']);
	warnings.push(...checked.warnings.filter((w) => !said.has(w.rule)).map(formatProblem));
	return { ok: true, story, sourceText, warnings };
}
