/**
 * The story dataset: what a journalist writes by hand in `data/stories/<id>/story.yaml`.
 *
 * This schema checks shape only. Rules that need the whole story or the outside world
 * (quotes occur in the source text, references resolve, EDTF dates parse, ISO codes
 * exist) live in `validate.ts`, so that every problem is reported at once.
 */
import * as v from 'valibot';
import { EVENT_CATEGORIES } from './categories';
import { SOURCE_KINDS } from './sources';

const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/**
 * `review: draft` marks a fact drafted by machine (`npm run ingest`) that no person has
 * accepted yet: shown as "not yet reviewed", and refused by `check:data --strict`. A person
 * who accepts the fact removes the field.
 */
export const REVIEW_STATES = ['draft'] as const;
export const Review = v.optional(v.picklist(REVIEW_STATES));

/** Stable identifiers used in URLs and references: lower-case words joined by hyphens. */
export const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens')
);

/** A BCP 47 primary language subtag, e.g. `fr`, `en`. */
export const LanguageCode = v.pipe(
	v.string(),
	v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "fr"')
);

/** Text in several languages, keyed by language code. The story's language and English are required (see validate.ts). */
export const LocalizedText = v.record(LanguageCode, NonEmpty);

/** ISO 3166-1 alpha-3 country code; existence is checked in validate.ts. */
export const Iso3 = v.pipe(
	v.string(),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "ARM"')
);

/** An outside source for context facts and corrections. */
export const OutsideSource = v.strictObject({
	id: Id,
	/** The page's own title; left out when the page shows none (never made up). */
	title: v.optional(NonEmpty),
	publisher: NonEmpty,
	/** What the source is (official record, wire, press, reference, other), shown beside it. */
	kind: v.picklist(SOURCE_KINDS),
	url: v.pipe(
		v.string(),
		v.url('must be a URL'),
		v.regex(/^https?:\/\//, 'must be an http(s) URL')
	),
	/** Publication date (EDTF), when the source shows one. */
	date: v.optional(NonEmpty),
	language: v.optional(LanguageCode)
});

/**
 * Proof for a fact: a verbatim quote from the story's source text, or a reference to an
 * outside source (with what it says, when that helps the reader).
 */
export const Provenance = v.union([
	v.strictObject({ quote: NonEmpty }),
	/** `detail`: what the source says, in English. */
	v.strictObject({ source: Id, detail: v.optional(NonEmpty) })
]);
const ProvenanceList = v.pipe(v.array(Provenance), v.minLength(1, 'needs at least one proof'));

/** A note beside a fact: where the article is wrong, vague or needs context. */
export const Note = v.strictObject({
	kind: v.picklist(['correction', 'clarification', 'editorial']),
	text: LocalizedText,
	provenance: ProvenanceList
});

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;

/**
 * When something happened. `edtf` is an ISO 8601-2 (EDTF) date or interval; EDTF has no
 * part of day, so "ce jeudi matin" is `edtf: 2023-11-23` with `partOfDay: morning`.
 * `wording` keeps the article's own words for a relative date and must occur in the source.
 */
export const EventDate = v.strictObject({
	edtf: NonEmpty,
	partOfDay: v.optional(v.picklist(PARTS_OF_DAY)),
	/** IANA time zone of the place, e.g. `Europe/Minsk`: the part of day is its local hours, not UTC's. */
	timeZone: v.optional(NonEmpty),
	wording: v.optional(NonEmpty)
});

export { EVENT_CATEGORIES, type EventCategory } from './categories';
export { SOURCE_KINDS, type SourceKind } from './sources';

/** The longest group: a label, as a spreadsheet's column or a TimelineJS row shows it. */
export const GROUP_CHARS = 120;

/**
 * A group an imported file gave the event (a TimelineJS group, a spreadsheet's column) that
 * names none of the categories: kept as the file wrote it, as plain text, so that export gives
 * it back.
 */
const Group = v.pipe(
	NonEmpty,
	v.maxLength(GROUP_CHARS, `must be at most ${GROUP_CHARS} characters: a group is a short label`),
	v.regex(/^[^\r\n]*$/u, 'must be one line: a group is a short label')
);

export const StoryEvent = v.strictObject({
	id: Id,
	title: LocalizedText,
	summary: LocalizedText,
	date: EventDate,
	category: v.picklist(EVENT_CATEGORIES),
	group: v.optional(Group),
	places: v.optional(v.array(Id), []),
	actors: v.optional(v.array(Id), []),
	provenance: ProvenanceList,
	notes: v.optional(v.array(Note), []),
	review: Review
});

const Coordinates = v.strictObject({
	lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180))
});

export const Place = v.variant('kind', [
	v.strictObject({
		kind: v.literal('country'),
		id: Id,
		iso3: Iso3,
		name: LocalizedText,
		review: Review
	}),
	v.strictObject({
		kind: v.picklist(['city', 'site']),
		id: Id,
		name: LocalizedText,
		country: Iso3,
		coordinates: Coordinates,
		/**
		 * The IANA time zone of the place (`Europe/Moscow`), for the parts of day of its events;
		 * needed only where its country spans several zones.
		 */
		timeZone: v.optional(NonEmpty),
		provenance: ProvenanceList,
		/** Where the coordinates' source is weak or missing, say so. */
		notes: v.optional(v.array(Note)),
		review: Review
	})
]);

/** A role held by an actor, as the article gives it, with its proof. */
const Role = v.strictObject({ text: LocalizedText, provenance: ProvenanceList });

export const Actor = v.variant('kind', [
	v.strictObject({
		kind: v.literal('person'),
		id: Id,
		name: LocalizedText,
		country: v.optional(Iso3),
		/** The role as the article gives it, even when it is wrong. */
		role: Role,
		/** The correct role, where the article's is wrong, with an outside source. */
		correction: v.optional(Note),
		review: Review
	}),
	v.strictObject({
		kind: v.literal('organisation'),
		id: Id,
		name: LocalizedText,
		country: v.optional(Iso3),
		provenance: ProvenanceList,
		review: Review
	})
]);

/**
 * What a member does short of leaving, for part of its membership: `frozen`, it says it has
 * stopped taking part (Armenia from 22 February 2024) while it remains a member in law.
 */
export const MEMBERSHIP_PHASES = ['frozen'] as const;
export type MembershipPhaseStatus = (typeof MEMBERSHIP_PHASES)[number];

/** A dated phase within a membership interval, with its own proof. `to` absent: still running. */
export const MembershipPhase = v.strictObject({
	status: v.picklist(MEMBERSHIP_PHASES),
	from: NonEmpty,
	to: v.optional(NonEmpty),
	provenance: ProvenanceList,
	notes: v.optional(v.array(Note), [])
});

/** Membership of a state in the story's organisation, as a dated interval. `to` absent: still a member. */
export const Membership = v.strictObject({
	state: Iso3,
	from: NonEmpty,
	to: v.optional(NonEmpty),
	/** How the interval ended, when it did. */
	ended: v.optional(v.picklist(['withdrew', 'suspended'])),
	provenance: ProvenanceList,
	notes: v.optional(v.array(Note), []),
	/** Phases within the interval (a frozen participation), in time order. */
	phases: v.optional(v.array(MembershipPhase)),
	review: Review
});

export const ATTENDANCE_STATUSES = ['host', 'present', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const Attendance = v.strictObject({
	event: Id,
	state: Iso3,
	status: v.picklist(ATTENDANCE_STATUSES),
	provenance: ProvenanceList,
	notes: v.optional(v.array(Note), []),
	review: Review
});

export const Story = v.strictObject({
	id: Id,
	language: LanguageCode,
	/** Set while the story's own texts (title, dek, furniture labels) are a machine draft. */
	review: Review,
	title: LocalizedText,
	dek: LocalizedText,
	/** The publication that ran the copy; absent when the copy does not say. */
	outlet: v.optional(
		v.strictObject({ name: v.optional(NonEmpty), notes: v.optional(v.array(Note), []) })
	),
	agency: v.optional(v.strictObject({ name: NonEmpty, provenance: ProvenanceList })),
	byline: v.optional(
		v.strictObject({
			name: NonEmpty,
			/**
			 * Whose signature it is: the reporter's (the default), or the page's that republished
			 * the copy, which says nothing of who reported it.
			 */
			of: v.optional(v.picklist(['reporter', 'republisher']), 'reporter'),
			provenance: ProvenanceList
		})
	),
	published: v.strictObject({
		edtf: NonEmpty,
		/** How the date was established, when the article does not print it. */
		established: Note
	}),
	/**
	 * The organisation whose membership the map shows (an actor of kind organisation), and the
	 * story's summit. `actor` is left out where the article names no organisation (a machine
	 * draft of a state visit): the story then has no memberships.
	 */
	organisation: v.strictObject({ actor: v.optional(Id), summit: Id }),
	/**
	 * Map options. The map draws its own country shapes and needs no tiles; a story may opt
	 * in to a tile layer (e.g. `https://tile.example.org/{z}/{x}/{y}.png`), which is then
	 * requested from that host. Off unless set.
	 */
	map: v.optional(
		v.strictObject({
			tiles: v.optional(
				v.strictObject({
					url: v.pipe(
						v.string(),
						v.regex(
							/^https:\/\/[^\s]+$/,
							'must be an https URL template such as https://…/{z}/{x}/{y}.png'
						)
					),
					/** Required by every tile provider; shown on the map. Plain text. */
					attribution: NonEmpty
				})
			)
		})
	),
	editorialNotes: v.optional(v.array(Note), []),
	/** Passages of the source text that are not reporting (a stock biography, a comment form). */
	furniture: v.optional(
		v.array(v.strictObject({ quote: NonEmpty, label: LocalizedText, review: Review })),
		[]
	),
	sources: v.optional(v.array(OutsideSource), []),
	places: v.array(Place),
	actors: v.array(Actor),
	events: v.pipe(v.array(StoryEvent), v.minLength(1, 'needs at least one event')),
	memberships: v.optional(v.array(Membership), []),
	attendance: v.optional(v.array(Attendance), [])
});

export type LocalizedText = v.InferOutput<typeof LocalizedText>;
export type OutsideSource = v.InferOutput<typeof OutsideSource>;
export type Provenance = v.InferOutput<typeof Provenance>;
export type Note = v.InferOutput<typeof Note>;
export type EventDate = v.InferOutput<typeof EventDate>;
export type StoryEvent = v.InferOutput<typeof StoryEvent>;
export type Place = v.InferOutput<typeof Place>;
export type Actor = v.InferOutput<typeof Actor>;
export type Membership = v.InferOutput<typeof Membership>;
export type MembershipPhase = v.InferOutput<typeof MembershipPhase>;
export type Attendance = v.InferOutput<typeof Attendance>;
export type Story = v.InferOutput<typeof Story>;
