/**
 * Synthetic stories of any size, for tests and benchmarks: the same seed and size always
 * give the same story. Events spread over many states and decades, with every kind of date
 * (day, part of day, month, year, interval, approximate, uncertain) and both origins.
 * Dates are resolved by arithmetic here (no EDTF parser), matching what `parseEdtf` gives.
 */
import type { ResolvedDate } from './dates';
import { byTime, type ResolvedEvent, type ResolvedStory } from './resolve';
import { EVENT_CATEGORIES, PARTS_OF_DAY, type Place } from './schema';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const STATES = [
	'ARM',
	'AZE',
	'BLR',
	'KAZ',
	'KGZ',
	'RUS',
	'TJK',
	'UZB',
	'GEO',
	'UKR',
	'MDA',
	'TKM',
	'FRA',
	'DEU',
	'POL',
	'TUR',
	'IRN',
	'CHN',
	'IND',
	'USA',
	'GBR',
	'ITA',
	'ESP',
	'FIN',
	'SWE',
	'NOR',
	'EST',
	'LVA',
	'LTU',
	'ROU',
	'BGR',
	'SRB',
	'HUN',
	'AUT',
	'CZE',
	'SVK',
	'MNG',
	'AFG',
	'PAK',
	'SYR',
	'IRQ',
	'ISR',
	'EGY',
	'SAU',
	'JPN',
	'KOR',
	'BRA',
	'ZAF'
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PART_HOURS: Record<(typeof PARTS_OF_DAY)[number], [number, number]> = {
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [18, 22],
	night: [22, 30]
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (t: number) => new Date(t).toISOString().slice(0, 10);

type Kind = 'day' | 'part' | 'month' | 'year' | 'interval' | 'approximate' | 'uncertain';
/** Cumulative weights of each kind of date. */
const KINDS: [Kind, number][] = [
	['day', 0.5],
	['part', 0.6],
	['month', 0.74],
	['year', 0.82],
	['interval', 0.92],
	['approximate', 0.96],
	['uncertain', 1]
];

function syntheticDate(random: () => number, from: number, to: number): ResolvedDate {
	const r = random();
	const kind = KINDS.find(([, weight]) => r < weight)![0];
	const day = from + Math.floor(random() * ((to - from) / DAY)) * DAY;
	const date = new Date(day);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth();
	const base = { interval: false, approximate: false, uncertain: false };
	switch (kind) {
		case 'day':
		case 'uncertain':
			return {
				...base,
				edtf: ymd(day) + (kind === 'uncertain' ? '?' : ''),
				start: day,
				end: day + DAY - 1,
				precision: 'day',
				uncertain: kind === 'uncertain'
			};
		case 'part': {
			const part = PARTS_OF_DAY[Math.floor(random() * PARTS_OF_DAY.length)]!;
			const [a, b] = PART_HOURS[part];
			return {
				...base,
				edtf: ymd(day),
				partOfDay: part,
				start: day + a * HOUR,
				end: day + b * HOUR - 1,
				precision: 'day'
			};
		}
		case 'month':
			return {
				...base,
				edtf: `${year}-${pad(month + 1)}`,
				start: Date.UTC(year, month, 1),
				end: Date.UTC(year, month + 1, 1) - 1,
				precision: 'month'
			};
		case 'year':
		case 'approximate':
			return {
				...base,
				edtf: `${year}${kind === 'approximate' ? '~' : ''}`,
				start: Date.UTC(year, 0, 1),
				end: Date.UTC(year + 1, 0, 1) - 1,
				precision: 'year',
				approximate: kind === 'approximate'
			};
		case 'interval': {
			const last = day + (1 + Math.floor(random() * 20)) * DAY;
			return {
				...base,
				edtf: `${ymd(day)}/${ymd(last)}`,
				start: day,
				end: last + DAY - 1,
				precision: 'day',
				interval: true
			};
		}
	}
}

export interface SyntheticOptions {
	seed?: number;
	/** First and last year events fall in. */
	years?: [number, number];
}

/** A story of `count` events, the same for the same count and seed. */
export function syntheticStory(count: number, options: SyntheticOptions = {}): ResolvedStory {
	const random = seededRandom(options.seed ?? 1);
	const [firstYear, lastYear] = options.years ?? [1950, 2024];
	const from = Date.UTC(firstYear, 0, 1);
	const to = Date.UTC(lastYear + 1, 0, 1);
	const places: Place[] = STATES.map((iso3) => ({
		kind: 'country',
		id: iso3.toLowerCase(),
		iso3,
		name: { fr: iso3, en: iso3 }
	}));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const events: ResolvedEvent[] = [];
	for (let i = 0; i < count; i++) {
		const when = syntheticDate(random, from, to);
		const { edtf, partOfDay } = when;
		const state = pick(STATES);
		const other = pick(STATES);
		const category = pick(EVENT_CATEGORIES);
		const article = random() < 0.6;
		const id = `event-${i + 1}`;
		events.push({
			id,
			title: { fr: `Événement ${i + 1} (${state})`, en: `Event ${i + 1} (${state})` },
			summary: { fr: `Événement de synthèse n° ${i + 1}.`, en: `Synthetic event no. ${i + 1}.` },
			date: partOfDay ? { edtf, partOfDay } : { edtf },
			category,
			places: state === other ? [state.toLowerCase()] : [state.toLowerCase(), other.toLowerCase()],
			actors: [],
			provenance: article
				? [{ quote: `Synthetic quote ${i + 1}` }]
				: [{ source: 'synthetic-source', detail: `Synthetic detail ${i + 1}` }],
			notes: [],
			when,
			origin: article ? 'article' : 'context'
		});
	}
	events.sort(byTime);
	const published = { edtf: `${lastYear}-12-31` };
	return {
		id: `synthetic-${count}`,
		language: 'en',
		title: { fr: `Récit de synthèse, ${count} événements`, en: `Synthetic story, ${count} events` },
		dek: {
			fr: 'Des événements inventés, pour éprouver la frise à grande échelle.',
			en: 'Made-up events, to try the timeline at scale.'
		},
		published: {
			...published,
			established: {
				kind: 'editorial',
				text: { fr: 'Date fictive.', en: 'Made-up date.' },
				provenance: [{ source: 'synthetic-source' }]
			}
		},
		// No summit: the timeline opens on every event.
		organisation: { actor: 'synthetic-organisation', summit: '' },
		editorialNotes: [],
		furniture: [],
		sources: [
			{
				id: 'synthetic-source',
				publisher: 'Chronomap',
				kind: 'other',
				url: 'https://example.org/synthetic'
			}
		],
		places,
		actors: [
			{
				kind: 'organisation',
				id: 'synthetic-organisation',
				name: { fr: 'Organisation de synthèse', en: 'Synthetic organisation' },
				provenance: [{ source: 'synthetic-source' }]
			}
		],
		events,
		memberships: [],
		attendance: [],
		publishedWhen: {
			...published,
			start: Date.UTC(lastYear, 11, 31),
			end: Date.UTC(lastYear + 1, 0, 1) - 1,
			precision: 'day',
			interval: false,
			approximate: false,
			uncertain: false
		}
	};
}
