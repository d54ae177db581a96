/**
 * The articles of tests/fixtures/articles, each drafted and compared with the expected draft
 * beside it: the dates with their words, the states, the people with their roles, the
 * organisations, the quotes with their speakers, the attendance, the furniture. The draft
 * must also be a valid story and give no date beyond those expected and the publication day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../story/validate';
import { ingest, toYaml, type DraftStory, type Lang } from './index';
import { fold } from './text';

const FOLDER = 'tests/fixtures/articles';

interface Expected {
	published: string;
	lang: Lang;
	title: string;
	/** A date without `wording` is absolute ("on 8 August 1967"): found by its value. */
	dates: { wording?: string; edtf: string; partOfDay?: string }[];
	states: string[];
	people: { name: string; role: string; country?: string }[];
	/** The story's organisation, or null where the article names none (never a person or a state). */
	organisation: string | null;
	organisations: string[];
	quotes: { text: string; speaker: string }[];
	attendance: { state: string; status: string; remote?: boolean }[];
	cities: string[];
	furniture?: { quote: string; label: string }[];
	furnitureKinds?: string[];
	notInBody?: string[];
	typos?: string[];
	/**
	 * What the engine does not draft right yet, by check. Those checks are expected to fail
	 * (it.fails): they still run, and a fix makes them pass, which tells to update this list.
	 */
	knownMisses?: ('dates' | 'places' | 'people' | 'organisations' | 'quotes' | 'attendance')[];
}

const articles = readdirSync(FOLDER).filter((f) => /\.(txt|html)$/.test(f));
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const same = (a: string, b: string) => fold(a) === fold(b);

describe.each(articles)('%s', (file) => {
	const expected = JSON.parse(
		readFileSync(`${FOLDER}/${file.replace(/\.(txt|html)$/, '.expected.json')}`, 'utf8')
	) as Expected;
	const content = readFileSync(`${FOLDER}/${file}`, 'utf8');
	const result = ingest({
		...(file.endsWith('.html') ? { html: content, parseHtml } : { text: content }),
		published: expected.published
	});
	const story: DraftStory = result.story;
	const check = (what: NonNullable<Expected['knownMisses']>[number]) =>
		expected.knownMisses?.includes(what) ? it.fails : it;
	const people = story.actors.filter((a) => a.kind === 'person') as {
		name: Record<string, string>;
		role: { text: Record<string, string> };
		country?: string;
		id: string;
	}[];

	it('is a valid story, every fact a draft', () => {
		const check = validateStory(file, toYaml(story), result.source);
		expect(check.problems).toEqual([]);
		expect(story.events.every((e) => e.review === 'draft')).toBe(true);
	});
	it('detects the language and the headline', () => {
		expect(result.lang).toBe(expected.lang);
		expect(fold(story.title[expected.lang]!)).toBe(fold(expected.title));
	});
	check('dates')('drafts every dated statement with its words, and no other date', () => {
		for (const date of expected.dates) {
			const { wording } = date;
			const event = story.events.find((e) =>
				wording === undefined
					? e.date.edtf === date.edtf
					: e.date.wording !== undefined && same(e.date.wording, wording)
			);
			expect(event?.date, wording ?? date.edtf).toMatchObject({
				edtf: date.edtf,
				...(date.partOfDay && { partOfDay: date.partOfDay })
			});
		}
		const allowed = new Set([expected.published, ...expected.dates.map((d) => d.edtf)]);
		for (const event of story.events)
			for (const end of event.date.edtf.split('/')) expect(allowed, event.id).toContain(end);
	});
	check('places')('finds the states and cities', () => {
		const states = story.places.flatMap((p) => (p.kind === 'country' ? [p.iso3 as string] : []));
		expect(states.sort()).toEqual([...expected.states].sort());
		const cities = story.places.flatMap((p) =>
			p.kind === 'city' ? [(p.name as Record<string, string>)[expected.lang]] : []
		);
		expect(cities).toEqual(expected.cities);
	});
	check('people')('finds the people with the roles the text gives them', () => {
		for (const person of expected.people) {
			const found = people.find((p) => same(p.name[expected.lang] ?? '', person.name));
			expect(found, person.name).toBeDefined();
			expect(fold(found!.role.text[expected.lang]!)).toBe(fold(person.role));
			if (person.country) expect(found!.country).toBe(person.country);
		}
		expect(people.length).toBe(expected.people.length);
	});
	check('organisations')('finds the organisations with their expansion', () => {
		const names = story.actors
			.filter((a) => a.kind === 'organisation')
			.map((a) => fold((a.name as Record<string, string>)[expected.lang]!));
		for (const name of expected.organisations) expect(names).toContain(fold(name));
	});
	check('organisations')(
		'makes only an organisation the story’s organisation, and says when there is none',
		() => {
			const actor = story.actors.find((a) => a.id === story.organisation.actor);
			if (expected.organisation === null) {
				expect(story.organisation.actor).toBeUndefined();
				expect(story.memberships).toEqual([]);
				expect(result.summary.unresolved.some((u) => u.startsWith('organisation'))).toBe(true);
			} else {
				expect(actor?.kind).toBe('organisation');
				expect(fold((actor!.name as Record<string, string>)[expected.lang]!)).toBe(
					fold(expected.organisation)
				);
			}
		}
	);
	check('quotes')('quotes the speakers', () => {
		for (const quote of expected.quotes) {
			const event = story.events.find((e) =>
				e.provenance.some((p) => 'quote' in p && same(p.quote, quote.text))
			);
			expect(event, quote.text).toBeDefined();
			const speaker = people.find((p) => same(p.name[expected.lang] ?? '', quote.speaker));
			expect(event!.actors).toContain(speaker?.id);
		}
	});
	check('attendance')('drafts who hosted, came and stayed away', () => {
		const drafted = story.attendance.map((a) => ({
			state: a.state,
			status: a.status,
			...(Array.isArray(a.notes) && { remote: true })
		}));
		const want = expected.attendance.map((a) => ({ ...a }));
		expect(drafted).toEqual(expect.arrayContaining(want));
		expect(drafted.length).toBe(want.length);
	});
	it('keeps furniture apart from the reporting', () => {
		const labels = story.furniture.map((f) => f.label.en);
		for (const item of expected.furniture ?? []) {
			expect(story.furniture.find((f) => same(f.quote, item.quote))?.label.en).toBe(item.label);
		}
		for (const kind of expected.furnitureKinds ?? []) expect(labels).toContain(kind);
		for (const words of expected.notInBody ?? []) {
			const inFacts = stringify(story.events).includes(words);
			expect(inFacts, words).toBe(false);
		}
		for (const typo of expected.typos ?? [])
			expect(
				story.editorialNotes?.some((n) =>
					n.provenance.some((p) => 'quote' in p && p.quote.includes(typo))
				)
			).toBe(true);
	});
});
