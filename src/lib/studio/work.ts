/**
 * The story being made in the studio, and every change a person can make to it, as a pure
 * reducer: `edit(work, change)` returns a new work and never touches the old one, so that
 * undo is keeping the old one. The story is the shape `story.yaml` is written in (the
 * schema's input), so what is saved is what `check:data` reads.
 */
import { eventId } from './ids';
import type * as v from 'valibot';
import type {
	Actor,
	Attendance,
	Membership,
	OutsideSource,
	Place,
	Story,
	StoryEvent
} from '../story/schema';

export type StoryInput = v.InferInput<typeof Story>;
export type EventInput = v.InferInput<typeof StoryEvent>;
export type SourceInput = v.InferInput<typeof OutsideSource>;
export type MembershipInput = v.InferInput<typeof Membership>;
export type AttendanceInput = v.InferInput<typeof Attendance>;
export type ActorInput = v.InferInput<typeof Actor>;
export type PlaceInput = v.InferInput<typeof Place>;
export type Proof = EventInput['provenance'][number];
export type NoteInput = NonNullable<EventInput['notes']>[number];
/**
 * Where a note is written besides a fact: the outlet's, how the publication date was
 * established (exactly one note, which a new one replaces), the story's editorial notes, a membership's or a status's
 * (by index).
 */
export type NoteTarget =
	'outlet' | 'established' | 'editorial' | { list: 'memberships' | 'attendance'; index: number };

/** A story and the article it is made from. */
export interface Work {
	story: StoryInput;
	source: string;
}

/** The lists whose entries a person accepts or rejects one by one. */
export const ENTRY_LISTS = [
	'events',
	'places',
	'actors',
	'memberships',
	'attendance',
	'furniture'
] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];

export type Change =
	| { type: 'accept'; list: EntryList; index: number }
	/** Every draft of a list at once: one step to undo. */
	| { type: 'accept-all'; list: EntryList }
	/** The story's own texts (title, dek), drafted with it. */
	| { type: 'accept-story' }
	/** Its id (the folder and the address it is published at), title and dek. */
	| { type: 'edit-story'; id: string; title: StoryInput['title']; dek: StoryInput['dek'] }
	| { type: 'reject'; list: EntryList; index: number }
	/** `sources`: outside sources new with the edit, cited by its proofs. */
	| { type: 'edit-event'; id: string; event: EventInput; sources?: SourceInput[] }
	| { type: 'add-event'; event: EventInput }
	| { type: 'add-context'; source: SourceInput; event: EventInput }
	| { type: 'set-membership'; index: number; membership: MembershipInput }
	| { type: 'add-membership'; membership: MembershipInput; sources?: SourceInput[] }
	/**
	 * A person or organisation written by a person: replaces the one with id `id` (its id may
	 * change: the facts and the story follow), or is added when `id` is undefined.
	 */
	| { type: 'set-actor'; id?: string; actor: ActorInput; sources?: SourceInput[] }
	/** A place written by a person, as `set-actor`: the facts set there follow a new id. */
	| { type: 'set-place'; id?: string; place: PlaceInput; sources?: SourceInput[] }
	/** The outlet's name, as the article credits it; empty leaves it out. */
	| { type: 'set-outlet-name'; name: string }
	/** The notes written at `at`, replaced whole; none leaves the field out. */
	| { type: 'set-notes'; at: NoteTarget; notes: NoteInput[]; sources?: SourceInput[] }
	| {
			type: 'set-attendance';
			state: string;
			status: AttendanceInput['status'] | 'none';
			/** Replaces the status's proofs; a new status needs it. */
			provenance?: Proof[];
			sources?: SourceInput[];
	  };

type Entry = { review?: string };

function withoutReview<T extends Entry>(entry: T): T {
	const rest = { ...entry };
	delete rest.review;
	return rest;
}

const listOf = (story: StoryInput, list: EntryList): Entry[] =>
	(story[list] as Entry[] | undefined) ?? [];

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
	return items.map((old, i) => (i === index ? item : old));
}

/** What rejecting an entry takes with it: the references to it that would dangle. */
function rejectEntry(story: StoryInput, list: EntryList, index: number): StoryInput {
	const entry = listOf(story, list)[index] as { id?: string } | undefined;
	if (!entry) return story;
	const rest = listOf(story, list).filter((_, i) => i !== index);
	const next = { ...story, [list]: rest } as StoryInput;
	const id = entry.id;
	if (list === 'events' && id)
		next.attendance = (story.attendance ?? []).filter((a) => a.event !== id);
	if (list === 'actors' && id)
		next.events = story.events.map((e) =>
			e.actors?.includes(id) ? { ...e, actors: e.actors.filter((a) => a !== id) } : e
		);
	if (list === 'places' && id)
		next.events = story.events.map((e) =>
			e.places?.includes(id) ? { ...e, places: e.places.filter((p) => p !== id) } : e
		);
	return next;
}

/** A new id from `base` that no entry of the story has yet. */
export function freeId(taken: Iterable<string>, base: string): string {
	const used = new Set(taken);
	const clean =
		base
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.split('-')
			.slice(0, 6)
			.join('-') || 'fact';
	let id = clean;
	for (let n = 2; used.has(id); n++) id = `${clean}-${n}`;
	return id;
}

/** A renamed event keeps its attendance and its place as the story's summit. */
function renamedEvent(story: StoryInput, from: string, to: string): StoryInput {
	if (from === to) return story;
	return {
		...story,
		attendance: (story.attendance ?? []).map((a) => (a.event === from ? { ...a, event: to } : a)),
		organisation:
			story.organisation.summit === from
				? { ...story.organisation, summit: to }
				: story.organisation
	};
}

/** Facts just accepted take the id of the studio's rule (ids.ts), kept from then on. */
function namedByRule(story: StoryInput, indexes: number[]): StoryInput {
	let named = story;
	for (const index of indexes) {
		const event = named.events[index]!;
		const others = named.events.filter((_, i) => i !== index).map((e) => e.id);
		const id = eventId(others, event, named.language);
		named = renamedEvent(
			{ ...named, events: replaceAt(named.events, index, { ...event, id }) },
			event.id,
			id
		);
	}
	return named;
}

/** The story citing `sources` too: those it does not cite yet, by id. */
function withSources(story: StoryInput, sources: readonly SourceInput[] = []): StoryInput {
	const known = new Set((story.sources ?? []).map((s) => s.id));
	const added = sources.filter((s) => !known.has(s.id));
	return added.length === 0 ? story : { ...story, sources: [...(story.sources ?? []), ...added] };
}

export function edit(work: Work, change: Change): Work {
	const story = withSources(work.story, 'sources' in change ? change.sources : undefined);
	const next = (s: StoryInput): Work => ({ ...work, story: s });
	switch (change.type) {
		case 'accept': {
			const items = listOf(story, change.list);
			const item = items[change.index];
			if (!item || item.review === undefined) return work;
			const accepted = {
				...story,
				[change.list]: replaceAt(items, change.index, withoutReview(item))
			};
			return next(change.list === 'events' ? namedByRule(accepted, [change.index]) : accepted);
		}
		case 'accept-all': {
			const items = listOf(story, change.list);
			if (!items.some((item) => item.review !== undefined)) return work;
			const drafts = items.flatMap((item, i) => (item.review === undefined ? [] : [i]));
			const accepted = { ...story, [change.list]: items.map(withoutReview) };
			return next(change.list === 'events' ? namedByRule(accepted, drafts) : accepted);
		}
		case 'accept-story':
			return story.review === undefined ? work : next(withoutReview(story));
		case 'edit-story':
			return next({ ...story, id: change.id, title: change.title, dek: change.dek });
		case 'reject':
			return listOf(story, change.list)[change.index]
				? next(rejectEntry(story, change.list, change.index))
				: work;
		case 'edit-event': {
			const index = story.events.findIndex((e) => e.id === change.id);
			if (index < 0) return work;
			const events = replaceAt(story.events, index, change.event);
			return next(renamedEvent({ ...story, events }, change.id, change.event.id));
		}
		case 'add-event':
			return next({ ...story, events: [...story.events, change.event] });
		case 'add-context':
			return next({
				...story,
				sources: [...(story.sources ?? []), change.source],
				events: [...story.events, change.event]
			});
		case 'set-membership': {
			const memberships = story.memberships ?? [];
			if (!memberships[change.index]) return work;
			return next({
				...story,
				memberships: replaceAt(memberships, change.index, change.membership)
			});
		}
		case 'add-membership':
			return next({ ...story, memberships: [...(story.memberships ?? []), change.membership] });
		case 'set-attendance':
			return next(setAttendance(story, change));
		case 'set-actor': {
			const written = setActor(story, change);
			return written ? next(written) : work;
		}
		case 'set-place': {
			const written = setPlace(story, change);
			return written ? next(written) : work;
		}
		case 'set-outlet-name': {
			const outlet = { ...story.outlet };
			delete outlet.name;
			const name = change.name.trim();
			return next({ ...story, outlet: name ? { ...outlet, name } : outlet });
		}
		case 'set-notes': {
			const written = setNotes(story, change.at, change.notes);
			return written ? next(written) : work;
		}
	}
}

/** The entry with its notes replaced; an empty list is left out, as the format allows. */
function withNotes<T extends { notes?: NoteInput[] }>(entry: T, notes: NoteInput[]): T {
	const rest = { ...entry };
	delete rest.notes;
	return notes.length > 0 ? { ...rest, notes } : rest;
}

function setNotes(story: StoryInput, at: NoteTarget, notes: NoteInput[]): StoryInput | undefined {
	if (at === 'outlet') return { ...story, outlet: withNotes(story.outlet ?? {}, notes) };
	if (at === 'editorial') {
		const rest = { ...story };
		delete rest.editorialNotes;
		return notes.length > 0 ? { ...rest, editorialNotes: notes } : rest;
	}
	if (at === 'established')
		return notes.length === 1
			? { ...story, published: { ...story.published, established: notes[0]! } }
			: undefined;
	const rows = (story[at.list] ?? []) as { notes?: NoteInput[] }[];
	const row = rows[at.index];
	if (!row) return undefined;
	return { ...story, [at.list]: replaceAt(rows, at.index, withNotes(row, notes)) };
}

/**
 * `items` with `entry` in place of the one with id `id`, or added when `id` is undefined;
 * undefined when there is no such entry or another has the new id.
 */
function setEntry<T extends { id: string }>(
	items: readonly T[],
	id: string | undefined,
	entry: T
): T[] | undefined {
	const at = id === undefined ? -1 : items.findIndex((x) => x.id === id);
	if (id !== undefined && at < 0) return undefined;
	if (items.some((x, i) => i !== at && x.id === entry.id)) return undefined;
	return at < 0 ? [...items, entry] : replaceAt(items, at, entry);
}

/** The events with `old` renamed `id` among their actors or places. */
function renameIn(
	events: readonly EventInput[],
	field: 'actors' | 'places',
	old: string | undefined,
	id: string
): EventInput[] {
	return events.map((e) =>
		old !== undefined && old !== id && e[field]?.includes(old)
			? { ...e, [field]: e[field].map((x) => (x === old ? id : x)) }
			: e
	);
}

/**
 * The story with an actor added or replaced; undefined when the change cannot be made (no
 * actor with that id, or the new id taken by another). What a person writes is accepted.
 */
function setActor(
	story: StoryInput,
	change: Extract<Change, { type: 'set-actor' }>
): StoryInput | undefined {
	const actor = withoutReview(change.actor);
	const actors = setEntry(story.actors, change.id, actor);
	if (!actors) return undefined;
	return {
		...story,
		actors,
		events: renameIn(story.events, 'actors', change.id, actor.id),
		organisation:
			change.id !== undefined && story.organisation.actor === change.id
				? { ...story.organisation, actor: actor.id }
				: story.organisation
	};
}

/** The story with a place added or replaced, accepted; as `setActor`. */
function setPlace(
	story: StoryInput,
	change: Extract<Change, { type: 'set-place' }>
): StoryInput | undefined {
	const place = withoutReview(change.place);
	const places = setEntry(story.places ?? [], change.id, place);
	if (!places) return undefined;
	return { ...story, places, events: renameIn(story.events, 'places', change.id, place.id) };
}

/** A state's status at the story's summit: changed in place, added with its proof, or removed. */
function setAttendance(
	story: StoryInput,
	change: Extract<Change, { type: 'set-attendance' }>
): StoryInput {
	const summit = story.organisation.summit;
	const rows = story.attendance ?? [];
	const at = rows.findIndex((a) => a.state === change.state && a.event === summit);
	if (change.status === 'none')
		return at < 0 ? story : { ...story, attendance: rows.filter((_, i) => i !== at) };
	if (at >= 0) {
		const row = rows[at]!;
		const provenance = change.provenance?.length ? change.provenance : row.provenance;
		// A status a person sets or proves anew is theirs: no longer the engine's draft.
		return {
			...story,
			attendance: replaceAt(rows, at, withoutReview({ ...row, status: change.status, provenance }))
		};
	}
	if (!change.provenance?.length) return story;
	return {
		...story,
		attendance: [
			...rows,
			{ event: summit, state: change.state, status: change.status, provenance: change.provenance }
		]
	};
}

/** How many entries of the story are still machine drafts. */
export function draftCount(story: StoryInput): number {
	let count = story.review === 'draft' ? 1 : 0;
	for (const list of ENTRY_LISTS)
		count += listOf(story, list).filter((entry) => entry.review === 'draft').length;
	return count;
}
