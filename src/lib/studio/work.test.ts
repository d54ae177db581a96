import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkWork } from './check';
import {
	draftCount,
	edit,
	freeId,
	type ActorInput,
	type Change,
	type NoteInput,
	type PlaceInput,
	type StoryInput,
	type Work
} from './work';

const dir = new URL('../story/fixtures/minimal/', import.meta.url);
const base: Work = {
	story: parse(readFileSync(new URL('story.yaml', dir), 'utf8')) as StoryInput,
	source: readFileSync(new URL('source.txt', dir), 'utf8')
};
/** The minimal story with its second event and first place drafted. */
const drafted: Work = {
	...base,
	story: {
		...base.story,
		outlet: { name: 'Agence' },
		review: 'draft',
		places: base.story.places.map((p, i) => (i === 0 ? { ...p, review: 'draft' } : p)),
		events: base.story.events.map((e, i) => (i === 1 ? { ...e, review: 'draft' } : e))
	}
};
const speech = drafted.story.events[1]!;
const [alliance, president] = drafted.story.actors as [
	Extract<ActorInput, { kind: 'organisation' }>,
	ActorInput
];
const note: NoteInput = {
	kind: 'clarification',
	text: { en: 'Said by its dateline.' },
	provenance: [{ quote: 'a déclaré le président' }]
};
const [blr, minsk] = drafted.story.places as [
	PlaceInput,
	Extract<PlaceInput, { kind: 'city' | 'site' }>
];
const liQiang: ActorInput = {
	kind: 'person',
	id: 'li-qiang',
	name: { en: 'Li Qiang' },
	role: { text: { en: 'Premier of China' }, provenance: [{ quote: 'a déclaré le président' }] }
};
const register = {
	id: 'register',
	publisher: 'Register of members',
	kind: 'official' as const,
	url: 'https://example.org/members'
};

describe('changes to the story', () => {
	it.each<[string, Change, (w: Work) => unknown, unknown]>([
		[
			'accepting an event removes its draft mark',
			{ type: 'accept', list: 'events', index: 1 },
			(w) => w.story.events[1]!.review,
			undefined
		],
		[
			'accepting keeps the rest of the event',
			{ type: 'accept', list: 'events', index: 1 },
			(w) => w.story.events[1]!.title,
			speech.title
		],
		[
			'accepting an event gives it the studio’s id: its title’s words, its year',
			{ type: 'accept', list: 'events', index: 1 },
			(w) => w.story.events.map((e) => e.id),
			['summit', 'speech-2023']
		],
		[
			'accepting a place',
			{ type: 'accept', list: 'places', index: 0 },
			(w) => w.story.places[0]!.review,
			undefined
		],
		['accepting the story’s own texts', { type: 'accept-story' }, (w) => w.story.review, undefined],
		[
			'rejecting an event removes it',
			{ type: 'reject', list: 'events', index: 1 },
			(w) => w.story.events.map((e) => e.id),
			['summit']
		],
		[
			'rejecting the summit removes its attendance',
			{ type: 'reject', list: 'events', index: 0 },
			(w) => w.story.attendance,
			[]
		],
		[
			'rejecting an actor unlinks it from events',
			{ type: 'reject', list: 'actors', index: 1 },
			(w) => w.story.events[1]!.actors,
			[]
		],
		[
			'rejecting a place unlinks it from events',
			{ type: 'reject', list: 'places', index: 1 },
			(w) => w.story.events[0]!.places,
			[]
		],
		[
			'editing an event replaces it',
			{
				type: 'edit-event',
				id: 'speech',
				event: { ...speech, title: { fr: 'Un discours', en: 'A speech' } }
			},
			(w) => w.story.events[1]!.title.fr,
			'Un discours'
		],
		[
			'renaming the summit follows it',
			{ type: 'edit-event', id: 'summit', event: { ...base.story.events[0]!, id: 'minsk-summit' } },
			(w) => [w.story.organisation.summit, w.story.attendance![0]!.event],
			['minsk-summit', 'minsk-summit']
		],
		[
			'adding an event',
			{ type: 'add-event', event: { ...speech, id: 'new' } },
			(w) => w.story.events.length,
			3
		],
		[
			'adding a context fact adds its source',
			{
				type: 'add-context',
				source: { id: 'tass', publisher: 'TASS', kind: 'wire', url: 'https://tass.com/x' },
				event: { ...speech, id: 'ctx', provenance: [{ source: 'tass' }] }
			},
			(w) => [w.story.sources!.map((s) => s.id), w.story.events.at(-1)!.id],
			[['summit-report', 'tass'], 'ctx']
		],
		[
			'setting a membership’s end',
			{
				type: 'set-membership',
				index: 0,
				membership: { ...base.story.memberships![0]!, to: '2024' }
			},
			(w) => w.story.memberships![0]!.to,
			'2024'
		],
		[
			'changing a status keeps its proof',
			{ type: 'set-attendance', state: 'BLR', status: 'present' },
			(w) => w.story.attendance,
			[{ ...base.story.attendance![0], status: 'present' }]
		],
		[
			'removing a status',
			{ type: 'set-attendance', state: 'BLR', status: 'none' },
			(w) => w.story.attendance,
			[]
		],
		[
			'a new status needs a proof',
			{ type: 'set-attendance', state: 'RUS', status: 'absent' },
			(w) => w.story.attendance!.length,
			1
		],
		[
			'a new status with its proof',
			{
				type: 'set-attendance',
				state: 'RUS',
				status: 'absent',
				provenance: [{ source: 'summit-report' }]
			},
			(w) => w.story.attendance![1],
			{ event: 'summit', state: 'RUS', status: 'absent', provenance: [{ source: 'summit-report' }] }
		],
		[
			'a changed status with new proofs replaces the old ones',
			{
				type: 'set-attendance',
				state: 'BLR',
				status: 'present',
				provenance: [{ source: 'register', detail: 'Present.' }],
				sources: [register]
			},
			(w) => [w.story.attendance![0]!.provenance, w.story.sources!.at(-1)],
			[[{ source: 'register', detail: 'Present.' }], register]
		],
		[
			'a membership proved by a new outside source brings the source',
			{
				type: 'add-membership',
				membership: { state: 'TLS', from: '2025-10-26', provenance: [{ source: 'register' }] },
				sources: [register]
			},
			(w) => [w.story.memberships!.at(-1)!.state, w.story.sources!.map((s) => s.id)],
			['TLS', [...base.story.sources!.map((s) => s.id), 'register']]
		],
		[
			'a source the story cites already is not cited twice',
			{
				type: 'add-membership',
				membership: { state: 'TLS', from: '2025', provenance: [{ source: 'summit-report' }] },
				sources: [base.story.sources!.find((s) => s.id === 'summit-report')!]
			},
			(w) => w.story.sources!.length,
			base.story.sources!.length
		],
		[
			'an edited fact with a proof from a new source brings the source',
			{
				type: 'edit-event',
				id: speech.id,
				event: { ...speech, provenance: [...speech.provenance, { source: 'register' }] },
				sources: [register]
			},
			(w) => [w.story.events[1]!.provenance.at(-1), w.story.sources!.at(-1)!.id],
			[{ source: 'register' }, 'register']
		],
		[
			'editing the story’s id and texts keeps its draft mark',
			{
				type: 'edit-story',
				id: 'asean-vientiane-summit',
				title: { en: 'A title', fr: 'Un titre' },
				dek: { en: 'A dek' }
			},
			(w) => [w.story.id, w.story.title, w.story.dek, w.story.review],
			['asean-vientiane-summit', { en: 'A title', fr: 'Un titre' }, { en: 'A dek' }, 'draft']
		],
		[
			'a new person is added, accepted',
			{ type: 'set-actor', actor: { ...liQiang, review: 'draft' } },
			(w) => w.story.actors.at(-1),
			liQiang
		],
		[
			'a corrected actor replaces the old one in place',
			{ type: 'set-actor', id: 'president', actor: { ...president, country: 'BLR' } },
			(w) => [w.story.actors.length, w.story.actors[1]],
			[2, { ...president, country: 'BLR' }]
		],
		[
			'a renamed actor is renamed in the facts that name it',
			{ type: 'set-actor', id: 'president', actor: { ...president, id: 'lukashenko' } },
			(w) => [w.story.actors[1]!.id, w.story.events[1]!.actors],
			['lukashenko', ['lukashenko']]
		],
		[
			'a renamed organisation stays the story’s organisation',
			{ type: 'set-actor', id: 'alliance', actor: { ...alliance, id: 'otsc' } },
			(w) => [w.story.organisation.actor, w.story.events[0]!.actors],
			['otsc', ['otsc']]
		],
		[
			'an id another actor has already is refused',
			{ type: 'set-actor', id: 'president', actor: { ...president, id: 'alliance' } },
			(w) => w,
			drafted
		],
		[
			'an actor the story does not have is not corrected',
			{ type: 'set-actor', id: 'nobody', actor: liQiang },
			(w) => w,
			drafted
		],
		[
			'an actor proved by a new outside source brings the source',
			{
				type: 'set-actor',
				actor: { ...alliance, id: 'register-keeper', provenance: [{ source: 'register' }] },
				sources: [register]
			},
			(w) => w.story.sources!.at(-1)!.id,
			'register'
		],
		[
			'a corrected place is accepted in place, its draft mark gone',
			{ type: 'set-place', id: 'blr', place: { ...blr, name: { fr: 'Bélarus', en: 'Belarus' } } },
			(w) => [w.story.places.length, w.story.places[0]],
			[2, { kind: 'country', id: 'blr', iso3: 'BLR', name: { fr: 'Bélarus', en: 'Belarus' } }]
		],
		[
			'a renamed place is renamed in the facts set there',
			{ type: 'set-place', id: 'minsk', place: { ...minsk, id: 'minsk-city' } },
			(w) => [w.story.places[1]!.id, w.story.events[0]!.places],
			['minsk-city', ['minsk-city']]
		],
		[
			'a new place is added, with the source proving it',
			{
				type: 'set-place',
				place: { ...minsk, id: 'brest', provenance: [{ source: 'register' }] },
				sources: [register]
			},
			(w) => [w.story.places.at(-1)!.id, w.story.sources!.at(-1)!.id],
			['brest', 'register']
		],
		[
			'a place id another place has is refused',
			{ type: 'set-place', id: 'minsk', place: { ...minsk, id: 'blr' } },
			(w) => w,
			drafted
		],
		[
			'a place the story does not have is not corrected',
			{ type: 'set-place', id: 'gomel', place: minsk },
			(w) => w,
			drafted
		],
		[
			'the outlet’s name, trimmed, its notes kept',
			{ type: 'set-outlet-name', name: ' Chronomap ' },
			(w) => w.story.outlet?.name,
			'Chronomap'
		],
		[
			'an empty outlet name is left out',
			{ type: 'set-outlet-name', name: ' ' },
			(w) => w.story.outlet,
			{}
		],
		[
			'the outlet’s notes are written, its name kept',
			{ type: 'set-notes', at: 'outlet', notes: [note] },
			(w) => w.story.outlet,
			{ name: 'Agence', notes: [note] }
		],
		[
			'how the publication date was established is one note',
			{ type: 'set-notes', at: 'established', notes: [note] },
			(w) => w.story.published.established,
			note
		],
		[
			'two notes on how the date was established are refused',
			{ type: 'set-notes', at: 'established', notes: [note, note] },
			(w) => w,
			drafted
		],
		[
			'the note on how the date was established cannot go',
			{ type: 'set-notes', at: 'established', notes: [] },
			(w) => w,
			drafted
		],
		[
			'the story’s editorial notes, none left out',
			{ type: 'set-notes', at: 'editorial', notes: [] },
			(w) => 'editorialNotes' in w.story,
			false
		],
		[
			'a membership’s note, with its new source',
			{
				type: 'set-notes',
				at: { list: 'memberships', index: 0 },
				notes: [{ ...note, provenance: [{ source: 'register' }] }],
				sources: [register]
			},
			(w) => [w.story.memberships![0]!.notes, w.story.sources!.at(-1)!.id],
			[[{ ...note, provenance: [{ source: 'register' }] }], 'register']
		],
		[
			'a status’s notes removed leave no empty list',
			{ type: 'set-notes', at: { list: 'attendance', index: 0 }, notes: [] },
			(w) => 'notes' in w.story.attendance![0]!,
			false
		],
		[
			'a note on a status the story does not have changes nothing',
			{ type: 'set-notes', at: { list: 'attendance', index: 5 }, notes: [note] },
			(w) => w,
			drafted
		],
		[
			'an index past the end changes nothing',
			{ type: 'reject', list: 'events', index: 9 },
			(w) => w,
			drafted
		]
	])('%s', (_, change, pick, expected) => {
		const before = structuredClone(drafted);
		const after = edit(drafted, change);
		expect(pick(after)).toEqual(expected);
		// The old work is never touched: it is what undo goes back to.
		expect(drafted).toEqual(before);
	});

	it('renames the summit when it is accepted, and its attendance and the story follow', () => {
		const summitDrafted: Work = {
			...base,
			story: {
				...base.story,
				events: base.story.events.map((e, i) => (i === 0 ? { ...e, review: 'draft' } : e))
			}
		};
		const accepted = edit(summitDrafted, { type: 'accept-all', list: 'events' }).story;
		expect(accepted.events.map((e) => e.id)).toEqual(['summit-2023', 'speech']);
		expect(accepted.organisation.summit).toBe('summit-2023');
		expect(new Set(accepted.attendance?.map((a) => a.event))).toEqual(new Set(['summit-2023']));
		expect(checkWork({ ...summitDrafted, story: accepted }).problems).toEqual([]);
		// Accepted once, the id stays: editing the title later does not move the fact's address.
		const edited = edit(
			{ ...summitDrafted, story: accepted },
			{
				type: 'edit-event',
				id: 'summit-2023',
				event: { ...accepted.events[0]!, title: { fr: 'Autre', en: 'Other' } }
			}
		).story;
		expect(edited.events[0]!.id).toBe('summit-2023');
	});

	it('a drafted status a person sets or proves anew is no longer a draft', () => {
		const draftedStatus: Work = {
			...base,
			story: {
				...base.story,
				attendance: base.story.attendance!.map((a) => ({ ...a, review: 'draft' as const }))
			}
		};
		const status = base.story.attendance![0]!;
		expect(draftCount(draftedStatus.story)).toBe(1);
		for (const change of [
			{ type: 'set-attendance', state: status.state, status: 'absent' },
			{
				type: 'set-attendance',
				state: status.state,
				status: status.status,
				provenance: [{ source: 'register' }],
				sources: [register]
			}
		] satisfies Change[]) {
			const written = edit(draftedStatus, change).story;
			expect(written.attendance![0]!.review).toBeUndefined();
			expect(draftCount(written)).toBe(0);
		}
	});

	it('counts the drafts left', () => {
		expect(draftCount(base.story)).toBe(0);
		expect(draftCount(drafted.story)).toBe(3);
		expect(draftCount(edit(drafted, { type: 'accept', list: 'events', index: 1 }).story)).toBe(2);
	});

	it.each([
		[['a'], 'Le sommet de Minsk', 'le-sommet-de-minsk'],
		[['le-sommet'], 'Le sommet', 'le-sommet-2'],
		[['x', 'x-2'], 'x', 'x-3'],
		[[], '« ! »', 'fact']
	])('a free id among %j for "%s" is %s', (taken, text, id) => {
		expect(freeId(taken, text)).toBe(id);
	});
});

describe('live validation', () => {
	it('the minimal story has no problem', () => {
		expect(checkWork(base).problems).toEqual([]);
	});

	it('a quote edited away from the text is a problem at its place', () => {
		const wrong = edit(base, {
			type: 'edit-event',
			id: 'speech',
			event: { ...base.story.events[1]!, provenance: [{ quote: 'Nous devons reculer' }] }
		});
		const { problems } = checkWork(wrong);
		expect(problems.map((p) => [p.path, p.rule])).toEqual([
			['events[1].provenance[0].quote', 'quote-verbatim']
		]);
	});
});
