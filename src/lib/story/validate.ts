/**
 * Validation of a story file: shape (schema), then the rules that need the whole story
 * and its source text. Every problem is collected, never just the first, and each one
 * names the file, the place in the data and the rule it breaks.
 */
import * as v from 'valibot';
import { whereAlpha3 } from 'iso-3166-1';
import { LineCounter, parseDocument } from 'yaml';
import { parseEdtf, resolveEventDate } from './dates';
import { Story, type LocalizedText, type Note, type Provenance } from './schema';

export type Rule =
	| 'yaml'
	| 'schema'
	| 'languages'
	| 'unique-id'
	| 'reference'
	| 'iso-3166'
	| 'edtf'
	| 'date-order'
	| 'quote-verbatim'
	| 'review';

export interface Problem {
	file: string;
	/** Where in the data, e.g. `events[3].provenance[0].quote`. */
	path: string;
	/** 1-based line and column in the file, when known. */
	line?: number;
	column?: number;
	rule: Rule;
	message: string;
}

export type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
	return keys
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

export function formatProblem(problem: Problem): string {
	const where = problem.line
		? `${problem.file}:${problem.line}:${problem.column ?? 1}`
		: problem.file;
	return `${where} ${problem.path || '(root)'} [${problem.rule}] ${problem.message}`;
}

/** Whitespace differences are invisible to a reader (a no-break space after « is still a space). */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

type ValidationResult =
	{ ok: true; story: Story; problems: [] } | { ok: false; story?: undefined; problems: Problem[] };

/**
 * Validate the YAML text of a story against the schema and its source text.
 * `file` is only used to name the file in messages.
 */
export function validateStory(
	file: string,
	yamlText: string,
	sourceText: string
): ValidationResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const problems: Problem[] = [];

	const locate = (keys: readonly PathKey[]): Pick<Problem, 'line' | 'column'> => {
		// Walk up to the nearest node that exists, so a missing key points at its parent.
		for (let n = keys.length; n >= 0; n--) {
			const node = doc.getIn(keys.slice(0, n), true) as
				{ range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) {
				const { line, col } = lineCounter.linePos(node.range[0]);
				return { line, column: col };
			}
		}
		return {};
	};
	const report = (keys: readonly PathKey[], rule: Rule, message: string) =>
		problems.push({ file, path: formatPath(keys), ...locate(keys), rule, message });

	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const { line, col } = lineCounter.linePos(error.pos[0]);
			problems.push({
				file,
				path: '',
				line,
				column: col,
				rule: 'yaml',
				message: error.message.split('\n')[0] ?? ''
			});
		}
		return { ok: false, problems };
	}

	const parsed = v.safeParse(Story, doc.toJS(), { abortEarly: false });
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const keys = (issue.path ?? []).map((item) => item.key as PathKey);
			report(keys, 'schema', schemaMessage(issue));
		}
		return { ok: false, problems };
	}

	checkStory(parsed.output, sourceText, report);
	return problems.length === 0
		? { ok: true, story: parsed.output, problems: [] }
		: { ok: false, problems };
}

/** Valibot's messages, said the way a person editing the file would say them. */
function schemaMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.expected === 'never') return 'is not a known key here';
	if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
	if (issue.kind === 'schema') return `expected ${issue.expected}, found ${issue.received}`;
	return issue.message.replace(/^Invalid (type|value|key|length): /, '');
}

type Report = (keys: readonly PathKey[], rule: Rule, message: string) => void;

/** The rules that need the whole story and its source text. */
function checkStory(story: Story, sourceText: string, report: Report): void {
	const source = normalizeWhitespace(sourceText);

	const checkText = (text: LocalizedText, keys: PathKey[]) => {
		for (const language of new Set([story.language, 'en'])) {
			if (!text[language]) report(keys, 'languages', `needs a text in "${language}"`);
		}
	};
	const checkVerbatim = (text: string, keys: PathKey[], what: string) => {
		if (!source.includes(normalizeWhitespace(text))) {
			report(keys, 'quote-verbatim', `${what} "${text}" does not occur in the source text`);
		}
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
			if ('quote' in proof) checkVerbatim(proof.quote, [...keys, i, 'quote'], 'quote');
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
	resolve(actorIds, story.organisation.actor, ['organisation', 'actor'], 'actors');
	resolve(eventIds, story.organisation.summit, ['organisation', 'summit'], 'events');
	checkNotes(story.editorialNotes, ['editorialNotes']);
	story.furniture.forEach((item, i) => {
		checkVerbatim(item.quote, ['furniture', i, 'quote'], 'furniture');
		checkText(item.label, ['furniture', i, 'label']);
	});
	story.sources.forEach((s, i) => s.date && checkEdtf(s.date, ['sources', i, 'date']));

	story.places.forEach((place, i) => {
		checkText(place.name, ['places', i, 'name']);
		if (place.kind === 'country') checkIso(place.iso3, ['places', i, 'iso3']);
		else {
			checkIso(place.country, ['places', i, 'country']);
			checkProvenance(place.provenance, ['places', i, 'provenance']);
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
		if (event.date.wording)
			checkVerbatim(event.date.wording, [...keys, 'date', 'wording'], 'date wording');
		event.places.forEach((id, j) => resolve(placeIds, id, [...keys, 'places', j], 'places'));
		event.actors.forEach((id, j) => resolve(actorIds, id, [...keys, 'actors', j], 'actors'));
		checkProvenance(event.provenance, [...keys, 'provenance']);
		checkNotes(event.notes, [...keys, 'notes']);
	});

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
	});

	story.attendance.forEach((entry, i) => {
		const keys = ['attendance', i];
		resolve(eventIds, entry.event, [...keys, 'event'], 'events');
		checkIso(entry.state, [...keys, 'state'], true);
		checkProvenance(entry.provenance, [...keys, 'provenance']);
		checkNotes(entry.notes, [...keys, 'notes']);
	});
}
