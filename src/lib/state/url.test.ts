import { describe, expect, it } from 'vitest';
import {
	EMPTY_VIEW,
	FIRST_DAY,
	LAST_DAY,
	knownOf,
	parseDay,
	parseViewState,
	serializeViewState,
	type ViewState
} from './url';

const known = {
	events: new Set(['minsk-summit', 'yerevan-summit']),
	countries: new Set(['ARM', 'BLR'])
};
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const parse = (query: string) => parseViewState(new URLSearchParams(query), known);
const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);

describe('parseDay', () => {
	it.each([
		['2023-11-23', day('2023-11-23')],
		['1995-01-01', day('1995-01-01')],
		['2023-02-30', undefined],
		['2023-13-01', undefined],
		['23/11/2023', undefined],
		['2023-11-23T10:00', undefined],
		// Years 1 to 9999, the years the four-digit form holds; 0–99 are not 1900–1999.
		['0001-01-01', FIRST_DAY],
		['0050-06-15', new Date(0).setUTCFullYear(50, 5, 15)],
		['9999-12-31', LAST_DAY],
		['0000-12-31', undefined],
		['-0501-01-01', undefined],
		['-000501-01-01', undefined],
		['+010000-01-01', undefined],
		['10000-01-01', undefined],
		['', undefined],
		[null, undefined]
	])('%j → %s', (text, expected) => {
		expect(parseDay(text)).toBe(expected);
	});
});

describe('parseViewState', () => {
	it.each<[string, Partial<ViewState>]>([
		['', {}],
		['event=minsk-summit&country=ARM', { event: 'minsk-summit', country: 'ARM' }],
		['date=1995-06-01', { date: day('1995-06-01') }],
		['window=2022-11-01..2023-12-01', { window: [day('2022-11-01'), day('2023-12-01')] }],
		[
			'category=summit,visit&origin=article',
			{ categories: ['summit', 'visit'], origins: ['article'] }
		],
		['countries=ARM,BLR,ARM', { countries: ['ARM', 'BLR'] }],
		// Malformed or unknown values fall back to the default, one by one.
		['event=nope&country=XXX', {}],
		['event=<script>alert(1)</script>', {}],
		['date=1995-02-30', {}],
		['window=2023-12-01..2022-11-01', {}],
		['window=2022-11-01', {}],
		['window=2022-11-01..2023-12-01..2024-01-01', {}],
		['window=2022-11-01..2023-12-01..', {}],
		['window=..2022-11-01..2023-12-01', {}],
		['window=2022-11-01..2022-11-01', {}],
		['window=0000-01-01..2023-12-01', {}],
		['date=0000-01-01', {}],
		['date=-0501-01-01', {}],
		['date=10000-01-01', {}],
		['category=party,summit&origin=rumour', { categories: ['summit'] }],
		['countries=ARM,FRA', { countries: ['ARM'] }],
		['utm_source=newsletter&lang=xx', {}]
	])('?%s', (query, expected) => {
		expect(parse(query)).toEqual({ ...EMPTY_VIEW, ...expected });
	});
});

describe('serializeViewState', () => {
	it('writes nothing for the default view', () => {
		expect(serializeViewState(EMPTY_VIEW).toString()).toBe('');
	});

	it.each([
		'event=minsk-summit',
		'country=ARM&date=1995-06-01',
		'window=2022-11-01..2023-12-01',
		'event=yerevan-summit&country=ARM&date=2022-11-23&window=2022-01-01..2024-01-01&category=summit%2Cstatement&countries=ARM%2CBLR&origin=context'
	])('round-trips ?%s', (query) => {
		expect(serializeViewState(parse(query)).toString()).toBe(query);
	});
});

describe('what the app writes into the address bar reads back', () => {
	const H = 3_600_000;
	const D = 24 * H;
	const view = (date?: number, window?: [number, number]): ViewState => ({
		...EMPTY_VIEW,
		date,
		window
	});

	// The view as the app holds it → what it writes (null: left out, it would not read back).
	it.each<[string, ViewState, { date: string | null; window: string | null }]>([
		['a midnight', view(day('2023-11-23')), { date: '2023-11-23', window: null }],
		['a time of day', view(day('2023-11-23') + 15 * H), { date: '2023-11-23', window: null }],
		['the first day', view(FIRST_DAY), { date: '0001-01-01', window: null }],
		['the last moment', view(LAST_DAY + D - 1), { date: '9999-12-31', window: null }],
		['before year 1', view(FIRST_DAY - 1), { date: null, window: null }],
		['year 10000', view(LAST_DAY + D), { date: null, window: null }],
		['a BCE date', view(yearStart(-501)), { date: null, window: null }],
		['not a time', view(Number.NaN), { date: null, window: null }],
		[
			'a window of whole days',
			view(undefined, [day('2022-11-01'), day('2023-12-01')]),
			{ date: null, window: '2022-11-01..2023-12-01' }
		],
		[
			'a window rounded out to whole days',
			view(undefined, [day('2022-11-01') + 5 * H, day('2023-12-01') + 1]),
			{ date: null, window: '2022-11-01..2023-12-02' }
		],
		[
			'a window within one day',
			view(undefined, [day('2023-11-23') + 9 * H, day('2023-11-23') + 11 * H]),
			{ date: null, window: '2023-11-23..2023-11-24' }
		],
		[
			'a window of no time',
			view(undefined, [day('2023-11-23'), day('2023-11-23')]),
			{ date: null, window: null }
		],
		[
			'a window past year 9999',
			view(undefined, [day('2023-11-23'), LAST_DAY + 2 * D]),
			{ date: null, window: null }
		],
		[
			'a window before year 1',
			view(undefined, [yearStart(-10), day('2023-11-23')]),
			{ date: null, window: null }
		]
	])('%s', (_, held, written) => {
		const params = serializeViewState(held);
		expect({ date: params.get('date'), window: params.get('window') }).toEqual(written);
		expect(serializeViewState(parse(params.toString())).toString()).toBe(params.toString());
	});

	// The same property over the whole range: any date or window the app holds is written as
	// one that reads back, to the day, and holds what it held.
	const times = [FIRST_DAY, LAST_DAY + D - 1];
	for (let t = FIRST_DAY, step = 1; t < LAST_DAY; t += step * 997 * D + 7_919_000) {
		times.push(t);
		step = (step * 7) % 13 || 1;
	}
	it(`holds for ${times.length} dates and windows across years 1–9999`, () => {
		const failures: string[] = [];
		for (const time of times) {
			for (const length of [1, H, D - 1, D, 40 * D]) {
				const params = serializeViewState(view(time, [time, time + length]));
				const query = params.toString();
				const read = parse(query);
				if (read.date !== Math.floor(time / D) * D) failures.push(`date of ${query}`);
				const fits = Math.ceil((time + length) / D) * D <= LAST_DAY;
				const [from, to] = read.window ?? [NaN, NaN];
				if (fits !== (from <= time && time + length <= to)) failures.push(`window of ${query}`);
				if (serializeViewState(read).toString() !== query) failures.push(`rewrite of ${query}`);
			}
		}
		expect(failures).toEqual([]);
	});
});

describe('knownOf', () => {
	const member = (state: string) => ({ state }) as never;
	const story = {
		events: [{ id: 'summit' }, { id: 'visit' }],
		places: [
			{ kind: 'country', iso3: 'UKR' },
			{ kind: 'city', id: 'minsk' }
		],
		memberships: [member('ARM'), member('RUS')],
		attendance: [member('BLR')]
	} as never;

	it('names the events, and every state a reader can select: members, attendees, places', () => {
		const known = knownOf(story);
		expect([...known.events]).toEqual(['summit', 'visit']);
		expect([...known.countries].sort()).toEqual(['ARM', 'BLR', 'RUS', 'UKR']);
	});

	it('is what a link is checked against', () => {
		const params = new URLSearchParams('event=visit&country=BLR&countries=UKR,FRA');
		expect(parseViewState(params, knownOf(story))).toMatchObject({
			event: 'visit',
			country: 'BLR',
			countries: ['UKR']
		});
	});
});
