/**
 * Validation of a story file: shape (schema), then the rules that need the whole story
 * and its source text. Every problem is collected, never just the first, and each one
 * names the file, the place in the data and the rule it breaks. Nothing in a file can
 * make it throw: parsing is bounded by the limits in `limits.ts`, and what it reports is
 * bounded too (see `report`).
 */
import * as v from 'valibot';
import { whereAlpha3 } from 'iso-3166-1';
import {
	Composer,
	Lexer,
	LineCounter,
	Parser,
	YAMLParseError,
	type CST,
	isMap,
	isScalar,
	isSeq,
	type Document
} from 'yaml';
import { parseEdtf, resolveEventDate, type DateRange } from './dates';
import { LIMITS, excerpt } from './limits';
import { Story, type LocalizedText, type Note, type Provenance } from './schema';
import { covers } from './membership';
import { WIKI_RULE, gazetteerHost, hostOf, rejectedHost, wikiHost } from './sources';
import { frenchSpacingProblems } from './typography';
import { eventZone } from './zones';
import { checkQuoteLength, checkText as checkCharacters, type TextRule } from './text-rules';

export type Rule =
	| 'file'
	| 'too-large'
	| 'empty'
	| 'encoding'
	| 'limit'
	| 'internal'
	| 'yaml'
	| 'schema'
	| 'folder-name'
	| 'languages'
	| 'unique-id'
	| 'reference'
	| 'iso-3166'
	| 'edtf'
	| 'date-order'
	| 'quote-verbatim'
	| 'source-host'
	| 'source-wiki'
	| 'french-typography'
	| 'source-date'
	| 'source-title'
	| 'contradiction'
	| 'duplicate'
	| 'time-zone'
	| 'review'
	| TextRule;

export interface Problem {
	file: string;
	/** Where in the data, e.g. `events[3].provenance[0].quote`. */
	path: string;
	/** 1-based line and column in the file, when known. */
	line?: number;
	column?: number;
	rule: Rule;
	message: string;
	/** A warning is printed but does not fail the check; absent means an error. */
	severity?: 'warning';
}

export type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
	return keys
		.map((key, i) => {
			if (typeof key === 'number') return `[${key}]`;
			// A key is data too: a long or odd one is cut and quoted, not echoed whole.
			const name = /^[\p{L}\p{N}_-]{1,40}$/u.test(key) ? key : JSON.stringify(excerpt(key, 40));
			return i === 0 ? name : `.${name}`;
		})
		.join('');
}

/**
 * One line per problem. Control and bidirectional characters from the data are shown as
 * escapes, so that a file cannot drive the terminal or reorder the line it is shown in.
 */
export function formatProblem(problem: Problem): string {
	const where = problem.line
		? `${problem.file}:${problem.line}:${problem.column ?? 1}`
		: problem.file;
	const label = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where} ${problem.path || '(root)'} [${problem.rule}] ${label}${problem.message}`.replace(
		/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu,
		(c) => `\\u{${c.codePointAt(0)!.toString(16)}}`
	);
}

/**
 * Runs of white space as one space. Quotes are checked character for character; this only
 * tells an editor that a quote which fails differs from the source in its white space alone.
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

export type ValidationResult =
	| { ok: true; story: Story; problems: []; warnings: Problem[] }
	| { ok: false; story?: undefined; problems: Problem[]; warnings: Problem[] };

export interface ValidateOptions {
	/** The name of the story's folder, which its `id` must equal. */
	folder?: string;
}

/**
 * Validate the YAML text of a story against the schema and its source text.
 * `file` is only used to name the file in messages. Without `sourceText` (when it could
 * not be read) every rule but the quotes' presence in it is checked.
 */
export function validateStory(
	file: string,
	yamlText: string,
	sourceText: string | undefined,
	options: ValidateOptions = {}
): ValidationResult {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	let unlisted = 0;
	let unlistedWarnings = 0;
	const add = (problem: Omit<Problem, 'file'>) => {
		const warning = problem.severity === 'warning';
		const list = warning ? warnings : problems;
		if (list.length < LIMITS.problemsPerFile)
			list.push({ file, ...problem, message: excerpt(problem.message, LIMITS.messageChars) });
		else if (warning) unlistedWarnings++;
		else unlisted++;
	};
	let story: Story | undefined;
	try {
		story = validateInto(yamlText, sourceText, options, add);
	} catch (error) {
		// A bug of the validator's own, never the file's fault: say so, without a stack trace.
		add({
			path: '',
			rule: 'internal',
			message: `the validator failed on this file (${firstLine(error)}); please report it`
		});
	}
	if (unlisted > 0) {
		problems.push({
			file,
			path: '',
			rule: 'limit',
			message: `${unlisted.toLocaleString('en')} more problem(s) not listed: only the first ${LIMITS.problemsPerFile} of a file are`
		});
	}
	if (unlistedWarnings > 0) {
		warnings.push({
			file,
			path: '',
			rule: 'limit',
			message: `${unlistedWarnings.toLocaleString('en')} more warning(s) not listed: only the first ${LIMITS.problemsPerFile} of a file are`,
			severity: 'warning'
		});
	}
	return problems.length === 0 && story
		? { ok: true, story, problems: [], warnings }
		: { ok: false, problems, warnings };
}

function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

type Add = (problem: Omit<Problem, 'file'>) => void;

function validateInto(
	yamlText: string,
	sourceText: string | undefined,
	options: ValidateOptions,
	add: Add
): Story | undefined {
	const lineCounter = new LineCounter();
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	const doc = parseYaml(yamlText, lineCounter);
	if ('limit' in doc) {
		add({ path: '', ...position(doc.at), rule: 'limit', message: doc.limit });
		return undefined;
	}

	const locate = (keys: readonly PathKey[]): Pick<Problem, 'line' | 'column'> => {
		// Walk up to the nearest node that exists, so a missing key points at its parent.
		for (let n = keys.length; n >= 0; n--) {
			const node = doc.getIn(keys.slice(0, n), true) as
				{ range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return position(node.range[0]);
		}
		return {};
	};
	const report: Report = (keys, rule, message, severity) =>
		add({
			path: formatPath(keys),
			...locate(keys),
			rule,
			message,
			...(severity && { severity })
		});

	// The first syntax error is the one to fix; those after it often follow from it.
	const [error, ...more] = doc.errors;
	if (error) {
		const after = more.length > 0 ? ` (and ${more.length} more YAML error(s) after it)` : '';
		add({ path: '', ...position(error.pos[0]), rule: 'yaml', message: firstLine(error) + after });
		return undefined;
	}
	if (doc.contents === null) {
		add({ path: '', rule: 'empty', message: 'empty: the file has no data, only comments' });
		return undefined;
	}
	if (!isMap(doc.contents)) {
		const found = isSeq(doc.contents) ? 'a list' : 'a single value';
		report([], 'schema', `expected a mapping of keys (id:, language:, title:…), found ${found}`);
		return undefined;
	}

	// Before the data is built: no text that hides characters from the reader.
	walkNodes(doc, (keys, node) => {
		if (isScalar(node) && typeof node.value === 'string') {
			for (const [rule, message] of checkCharacters(node.value)) report(keys, rule, message);
		}
	});

	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: LIMITS.aliases });
	} catch (error) {
		// yaml throws here when aliases would expand past maxAliasCount (a "billion laughs").
		const aliases = /alias/i.test(firstLine(error));
		add({
			path: '',
			rule: aliases ? 'limit' : 'yaml',
			message: aliases
				? `too many aliases: expanding the *name references would pass the YAML parser's limit (maxAliasCount ${LIMITS.aliases}); write the data out instead`
				: `the data cannot be built: ${firstLine(error)}`
		});
		return undefined;
	}

	const parsed = v.safeParse(Story, data, { abortEarly: false });
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const keys = (issue.path ?? []).map((item) => item.key as PathKey);
			report(keys, 'schema', schemaMessage(issue));
		}
		return undefined;
	}

	if (options.folder !== undefined && parsed.output.id !== options.folder) {
		report(
			['id'],
			'folder-name',
			`id "${parsed.output.id}" must match its folder name "${excerpt(options.folder)}"`
		);
	}
	checkStory(parsed.output, sourceText, report);
	return parsed.output;
}

/**
 * `parseDocument`, with the parser's steps taken one by one so that the file's size is
 * measured as it goes: the parser's stack holds every collection the current token is
 * inside, with the items read so far. A file nested deeper, or with a longer list, than
 * the limits is refused there, before anything recursive or costly (composing, building
 * the data, the schema) runs on it.
 */
function parseYaml(
	text: string,
	lineCounter: LineCounter
): Document | { limit: string; at: number } {
	const parser = new Parser(lineCounter.addNewLine);
	lineCounter.addNewLine(0);
	const tokens: CST.Token[] = [];
	for (const lexeme of new Lexer().lex(text)) {
		for (const token of parser.next(lexeme)) tokens.push(token);
		if (parser.stack.length > LIMITS.nesting) {
			return {
				limit: `nested deeper than ${LIMITS.nesting} levels of lists and mappings; a story needs fewer than 10`,
				at: parser.offset
			};
		}
		for (const open of parser.stack) {
			if ('items' in open && open.items.length > LIMITS.items) {
				return {
					limit: `more than ${LIMITS.items.toLocaleString('en')} items in one list or mapping`,
					at: open.offset
				};
			}
		}
	}
	for (const token of parser.end()) tokens.push(token);
	let doc: Document | undefined;
	const composer = new Composer({ uniqueKeys: true, prettyErrors: false });
	for (const next of composer.compose(tokens, true, text.length)) {
		if (!doc) doc = next;
		else {
			doc.errors.push(
				new YAMLParseError(
					[next.range[0], next.range[1]],
					'MULTIPLE_DOCS',
					'the file holds several YAML documents (---); a story is one'
				)
			);
			break;
		}
	}
	// compose(…, forceDoc = true) always yields a document, even for empty text.
	return doc!;
}

/** Every node of the document with its path, depth first; aliases are not followed. */
function walkNodes(doc: Document, visit: (keys: PathKey[], node: unknown) => void): void {
	const stack: [PathKey[], unknown][] = [[[], doc.contents]];
	while (stack.length > 0) {
		const [keys, node] = stack.pop()!;
		visit(keys, node);
		if (isSeq(node)) {
			for (let i = node.items.length - 1; i >= 0; i--) stack.push([[...keys, i], node.items[i]]);
		} else if (isMap(node)) {
			for (let i = node.items.length - 1; i >= 0; i--) {
				const pair = node.items[i]!;
				const name = isScalar(pair.key) ? String(pair.key.value) : String(i);
				stack.push([[...keys, name], pair.value]);
				stack.push([[...keys, name], pair.key]);
			}
		}
	}
}

/** Valibot's messages, said the way a person editing the file would say them. */
function schemaMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.expected === 'never') return 'is not a known key here';
	if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
	if (issue.kind === 'schema')
		return `expected ${issue.expected}, found ${excerpt(issue.received)}`;
	return issue.message.replace(/^Invalid (type|value|key|length): /, '');
}

/** Whether the runtime knows the zone (Intl throws a RangeError for an unknown one). */
function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

type Report = (keys: readonly PathKey[], rule: Rule, message: string, severity?: 'warning') => void;

/** The rules that need the whole story and its source text. */
function checkStory(story: Story, sourceText: string | undefined, reportOne: Report): void {
	// Errors reported so far (warnings do not count), to skip rules that would only repeat them.
	let count = 0;
	const report: Report = (keys, rule, message, severity) => {
		if (severity !== 'warning') count++;
		reportOne(keys, rule, message, severity);
	};

	const checkText = (text: LocalizedText, keys: PathKey[]) => {
		for (const language of new Set([story.language, 'en'])) {
			if (!text[language]) report(keys, 'languages', `needs a text in "${language}"`);
		}
		if (text.fr) {
			for (const message of frenchSpacingProblems(text.fr))
				report([...keys, 'fr'], 'french-typography', message);
		}
	};
	const looseSource = sourceText === undefined ? undefined : normalizeWhitespace(sourceText);
	// Character for character, white space included: a quote is the article's own words.
	const checkVerbatim = (text: string, keys: PathKey[], what: string) => {
		if (sourceText === undefined || sourceText.includes(text)) return;
		const spacing = looseSource!.includes(normalizeWhitespace(text))
			? '; it does with other white space: copy the source’s own spaces (no-break spaces included)'
			: '';
		report(
			keys,
			'quote-verbatim',
			`${what} "${excerpt(text)}" does not occur in the source text character for character${spacing}`
		);
	};
	/** A quote that proves a fact: long enough to mean something, and in the source. */
	const checkQuote = (text: string, keys: PathKey[], what: string) => {
		const tooShort = checkQuoteLength(text);
		if (tooShort) report(keys, 'quote-length', `${what} "${excerpt(text)}" ${tooShort}`);
		else checkVerbatim(text, keys, what);
	};

	// Ids are unique within each list; references must point at an id that exists.
	const ids = (list: { id: string }[], keys: PathKey[]) => {
		const seen = new Set<string>();
		list.forEach((item, i) => {
			if (seen.has(item.id))
				report(
					[...keys, i, 'id'],
					'unique-id',
					`id "${item.id}" is used twice in ${keys.join('.')}`
				);
			seen.add(item.id);
		});
		return seen;
	};
	const sourceIds = ids(story.sources, ['sources']);
	const placeIds = ids(story.places, ['places']);
	const actorIds = ids(story.actors, ['actors']);
	const eventIds = ids(story.events, ['events']);
	const countries = new Set(story.places.flatMap((p) => (p.kind === 'country' ? [p.iso3] : [])));

	const resolve = (set: Set<string>, id: string, keys: PathKey[], list: string) => {
		if (!set.has(id)) report(keys, 'reference', `"${id}" is not an id in ${list}`);
	};
	const checkIso = (code: string, keys: PathKey[], mustBePlace = false) => {
		if (!whereAlpha3(code))
			report(keys, 'iso-3166', `"${code}" is not an ISO 3166-1 alpha-3 country code`);
		else if (mustBePlace && !countries.has(code)) {
			report(keys, 'reference', `"${code}" has no country in places`);
		}
	};
	const checkEdtf = (text: string, keys: PathKey[]) => {
		try {
			return parseEdtf(text);
		} catch (error) {
			report(keys, 'edtf', (error as Error).message);
			return undefined;
		}
	};
	const checkProvenance = (list: Provenance[], keys: PathKey[]) =>
		list.forEach((proof, i) => {
			if ('quote' in proof) checkQuote(proof.quote, [...keys, i, 'quote'], 'quote');
			else resolve(sourceIds, proof.source, [...keys, i, 'source'], 'sources');
		});
	const checkNotes = (notes: Note[], keys: PathKey[]) =>
		notes.forEach((note, i) => {
			checkText(note.text, [...keys, i, 'text']);
			checkProvenance(note.provenance, [...keys, i, 'provenance']);
		});

	checkText(story.title, ['title']);
	checkText(story.dek, ['dek']);
	if (story.outlet) checkNotes(story.outlet.notes, ['outlet', 'notes']);
	if (story.agency) checkProvenance(story.agency.provenance, ['agency', 'provenance']);
	if (story.byline) checkProvenance(story.byline.provenance, ['byline', 'provenance']);
	checkEdtf(story.published.edtf, ['published', 'edtf']);
	checkNotes([story.published.established], ['published', 'established']);
	const organisationId = story.organisation.actor;
	if (organisationId !== undefined) {
		resolve(actorIds, organisationId, ['organisation', 'actor'], 'actors');
		const at = story.actors.findIndex((actor) => actor.id === organisationId);
		// A person is never the organisation, in a draft or not: the map would call states
		// members of a person. A draft that finds no organisation leaves `actor` out.
		if (story.actors[at]?.kind === 'person')
			report(
				['organisation', 'actor'],
				'reference',
				`"${organisationId}" is a person (actors[${at}]); the organisation must be an actor of kind organisation`
			);
	} else if (story.memberships.length > 0) {
		report(
			['organisation'],
			'reference',
			'memberships are of the organisation, and organisation.actor is missing: name the organisation the states belong to'
		);
	}
	resolve(eventIds, story.organisation.summit, ['organisation', 'summit'], 'events');
	checkNotes(story.editorialNotes, ['editorialNotes']);
	story.furniture.forEach((item, i) => {
		checkQuote(item.quote, ['furniture', i, 'quote'], 'furniture');
		checkText(item.label, ['furniture', i, 'label']);
	});
	story.sources.forEach((s, i) => {
		const rejected = rejectedHost(s.url);
		if (rejected)
			report(
				['sources', i, 'url'],
				'source-host',
				`${rejected.host} is not accepted as a source: ${rejected.why}`
			);
		const wiki = wikiHost(s.url);
		// An error in a story, a to-do in a machine draft that a person is still reviewing.
		if (wiki)
			report(
				['sources', i, 'url'],
				'source-wiki',
				`source "${s.id}" is on ${hostOf(s.url)} (${wiki.name}): ${WIKI_RULE}`,
				story.review === 'draft' ? 'warning' : undefined
			);
		if (s.date) checkEdtf(s.date, ['sources', i, 'date']);
		else if (!gazetteerHost(s.url))
			report(
				['sources', i],
				'source-date',
				`source "${s.id}" has no date: give the one its page shows, if it shows one`,
				'warning'
			);
		if (!s.title)
			report(
				['sources', i],
				'source-title',
				`source "${s.id}" has no title: give the page’s own title`,
				'warning'
			);
	});

	const placesById = new Map(story.places.map((place) => [place.id, place]));
	story.places.forEach((place, i) => {
		checkText(place.name, ['places', i, 'name']);
		if (place.kind === 'country') checkIso(place.iso3, ['places', i, 'iso3']);
		else {
			checkIso(place.country, ['places', i, 'country']);
			checkProvenance(place.provenance, ['places', i, 'provenance']);
			checkNotes(place.notes ?? [], ['places', i, 'notes']);
			if (place.timeZone && !isTimeZone(place.timeZone))
				report(
					['places', i, 'timeZone'],
					'time-zone',
					`"${place.timeZone}" is not an IANA time zone such as "Europe/Minsk"`
				);
		}
	});

	story.actors.forEach((actor, i) => {
		checkText(actor.name, ['actors', i, 'name']);
		if (actor.country) checkIso(actor.country, ['actors', i, 'country']);
		if (actor.kind === 'person') {
			checkText(actor.role.text, ['actors', i, 'role', 'text']);
			checkProvenance(actor.role.provenance, ['actors', i, 'role', 'provenance']);
			if (actor.correction) checkNotes([actor.correction], ['actors', i, 'correction']);
		} else checkProvenance(actor.provenance, ['actors', i, 'provenance']);
	});

	story.events.forEach((event, i) => {
		const keys = ['events', i];
		checkText(event.title, [...keys, 'title']);
		checkText(event.summary, [...keys, 'summary']);
		try {
			resolveEventDate(event.date);
		} catch (error) {
			report([...keys, 'date', 'edtf'], 'edtf', (error as Error).message);
		}
		// (A place that does not resolve is reported above: its zone is not asked for.)
		if (event.date.partOfDay && event.places.every((id) => placeIds.has(id))) {
			const zone = eventZone(event.places, placesById);
			if (zone.problem) report([...keys, 'date', 'partOfDay'], 'time-zone', zone.problem);
		}
		if (event.date.wording)
			checkVerbatim(event.date.wording, [...keys, 'date', 'wording'], 'date wording');
		event.places.forEach((id, j) => resolve(placeIds, id, [...keys, 'places', j], 'places'));
		event.actors.forEach((id, j) => resolve(actorIds, id, [...keys, 'actors', j], 'actors'));
		checkProvenance(event.provenance, [...keys, 'provenance']);
		checkNotes(event.notes, [...keys, 'notes']);
	});

	const beforeMemberships = count;
	story.memberships.forEach((membership, i) => {
		const keys = ['memberships', i];
		checkIso(membership.state, [...keys, 'state'], true);
		const from = checkEdtf(membership.from, [...keys, 'from']);
		const to = membership.to === undefined ? undefined : checkEdtf(membership.to, [...keys, 'to']);
		if (from && to && to.start < from.start) {
			report(
				[...keys, 'to'],
				'date-order',
				`ends (${membership.to}) before it starts (${membership.from})`
			);
		}
		checkProvenance(membership.provenance, [...keys, 'provenance']);
		checkNotes(membership.notes, [...keys, 'notes']);
		checkPhases(membership, from, to, keys);
	});

	/** Phases lie within their membership, in time order, each closed before the next opens. */
	function checkPhases(
		membership: Story['memberships'][number],
		from: DateRange | undefined,
		to: DateRange | undefined,
		keys: PathKey[]
	) {
		let previousEnd = -Infinity;
		(membership.phases ?? []).forEach((phase, i) => {
			const at = [...keys, 'phases', i];
			const start = checkEdtf(phase.from, [...at, 'from']);
			const end = phase.to === undefined ? undefined : checkEdtf(phase.to, [...at, 'to']);
			if (start && end && end.start < start.start)
				report([...at, 'to'], 'date-order', `ends (${phase.to}) before it starts (${phase.from})`);
			if (start && from && start.start < from.start)
				report(
					[...at, 'from'],
					'date-order',
					`starts (${phase.from}) before its membership (${membership.from})`
				);
			const last = end?.start ?? (phase.to === undefined ? Infinity : undefined);
			if (last !== undefined && to && last > to.start)
				report(
					[...at, phase.to === undefined ? 'from' : 'to'],
					'date-order',
					`runs past the end of its membership (${membership.to})`
				);
			if (start && start.start < previousEnd)
				report([...at, 'from'], 'date-order', 'starts before the phase above it ends');
			previousEnd = phase.to === undefined ? Infinity : (end?.start ?? -Infinity);
			checkProvenance(phase.provenance, [...at, 'provenance']);
			checkNotes(phase.notes, [...at, 'notes']);
		});
	}

	const membershipsValid = count === beforeMemberships;

	story.attendance.forEach((entry, i) => {
		const keys = ['attendance', i];
		resolve(eventIds, entry.event, [...keys, 'event'], 'events');
		checkIso(entry.state, [...keys, 'state'], true);
		checkProvenance(entry.provenance, [...keys, 'provenance']);
		checkNotes(entry.notes, [...keys, 'notes']);
	});
	checkAttendance(story, membershipsValid, report);
}

/**
 * Attendance that contradicts itself or the memberships: one status per state and event,
 * and a state said to host or to stay away from a meeting of the organisation must be a
 * member on that day (a guest that is not a member may still be `present`). Judged only
 * when the memberships themselves are valid.
 */
function checkAttendance(story: Story, membershipsValid: boolean, report: Report): void {
	const first = new Map<string, number>();
	story.attendance.forEach((entry, i) => {
		const key = `${entry.event}\u0000${entry.state}`;
		const earlier = first.get(key);
		if (earlier === undefined) {
			first.set(key, i);
			return;
		}
		const other = story.attendance[earlier]!;
		if (other.status === entry.status) {
			report(
				['attendance', i],
				'duplicate',
				`${entry.state} at "${entry.event}" is listed twice (also attendance[${earlier}]); keep one entry with all its proofs`
			);
		} else {
			report(
				['attendance', i, 'status'],
				'contradiction',
				`${entry.state} is ${entry.status} at "${entry.event}" here but ${other.status} in attendance[${earlier}]; a state has one status per event`
			);
		}
	});

	// Broken memberships are reported where they are; judged by them, every host would be too.
	// A story that lists no memberships (a draft of an article with no "members" sentence)
	// gives no one's membership: the map says "membership not given", and there is nothing to
	// contradict. Once it lists any, the list is taken as whole, drafted or not.
	if (!membershipsValid || story.memberships.length === 0) return;
	const memberships = story.memberships.map((membership) => ({
		...membership,
		start: parseEdtf(membership.from).start,
		...(membership.to === undefined ? {} : { end: parseEdtf(membership.to).start })
	}));
	story.attendance.forEach((entry, i) => {
		if (entry.status === 'present') return;
		const event = story.events.find((e) => e.id === entry.event);
		if (!event) return; // reported as a reference problem
		let day: number;
		try {
			day = resolveEventDate(event.date).start;
		} catch {
			return; // reported as an EDTF problem
		}
		const member = memberships.some((m) => m.state === entry.state && covers(m, day));
		if (!member) {
			report(
				['attendance', i, 'status'],
				'contradiction',
				`${entry.state} is ${entry.status === 'host' ? 'the host of' : 'absent from'} "${entry.event}" (${event.date.edtf}) but not a member of "${story.organisation.actor ?? 'the organisation'}" that day: no membership covers it; add the membership or correct the status`
			);
		}
	});
}
