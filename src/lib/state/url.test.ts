import { describe, expect, it } from 'vitest';
import {
	EMPTY_VIEW,
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

describe('parseDay', () => {
	it.each([
		['2023-11-23', day('2023-11-23')],
		['1995-01-01', day('1995-01-01')],
		['2023-02-30', undefined],
		['2023-13-01', undefined],
		['23/11/2023', undefined],
		['2023-11-23T10:00', undefined],
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
