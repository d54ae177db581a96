import { describe, expect, it } from 'vitest';
import { placeStates } from '$lib/state/filter';
import { indexStory } from '$lib/story/lookup';
import { stories } from '$lib/server/stories';
import type { Language } from '$lib/i18n';
import { eventDay, eventHighlight, placeNames, stateChoices, stateEventIds } from './linked';

const story = stories().get('otsc-minsk-summit')!.resolved;
const index = indexStory(story);
const states = placeStates(story.places);
const event = (id: string) => index.events.get(id)!;

describe('eventHighlight', () => {
	it.each<[string, string[], string[]]>([
		// A city: the map frames it, and marks its country.
		['minsk-summit', ['BLR'], ['minsk']],
		// Countries only: the map frames the states.
		['armenia-west-ties', ['ARM'], []],
		// A treaty signed in Tashkent by six states: the city to frame, every state to mark.
		['treaty-signed-1992', ['UZB', 'ARM', 'KAZ', 'KGZ', 'RUS', 'TJK'], ['tashkent']]
	])('%s marks %j and frames %j', (id, expectedStates, expectedPlaces) => {
		const highlight = eventHighlight(event(id), index, states);
		expect(new Set(highlight.states)).toEqual(new Set(expectedStates));
		expect(highlight.places).toEqual(expectedPlaces);
	});
});

describe('eventDay', () => {
	it.each<[string, string]>([
		['minsk-summit', '2023-11-23'],
		['treaty-signed-1992', '1992-05-15']
	])('%s is shown on %s', (id, day) => {
		expect(eventDay(event(id))).toBe(Date.parse(`${day}T00:00:00Z`));
	});

	it.each<[string, number, string]>([
		['a part of a day', Date.UTC(2023, 10, 23, 6), '2023-11-23'],
		['a month', Date.UTC(2022, 10, 1), '2022-11-01']
	])('%s starts on its first day', (_, start, day) => {
		expect(eventDay({ when: { ...event('minsk-summit').when, start } })).toBe(
			Date.parse(`${day}T00:00:00Z`)
		);
	});
});

describe('stateEventIds', () => {
	it('finds the events of a state through its cities too', () => {
		const belarus = stateEventIds('BLR', story);
		expect(belarus.has('minsk-summit')).toBe(true);
		expect(belarus.has('armenia-west-ties')).toBe(false);
		expect(stateEventIds('FRA', story).size).toBe(0);
	});
});

describe('placeNames', () => {
	it.each<['fr' | 'en', string]>([
		['fr', 'Minsk, Biélorussie'],
		['en', 'Minsk, Belarus']
	])('names the places in %s', (language, names) => {
		expect(placeNames(event('minsk-summit'), index, language)).toBe(names);
	});
});

describe('stateChoices', () => {
	it.each<[Language, string[]]>([
		// Uzbekistan is "Ouzbékistan" in French: between Kyrgyzstan and Russia, not last.
		['fr', ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'UZB', 'RUS', 'TJK', 'UKR']],
		['en', ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UKR', 'UZB']]
	])('in %s, sorts the states by their names: %j', (language, order) => {
		const choices = stateChoices(story, language);
		expect(choices.map((choice) => choice.iso3)).toEqual(order);
		expect(choices.find((choice) => choice.iso3 === 'BLR')?.name).toBe(
			language === 'fr' ? 'Biélorussie' : 'Belarus'
		);
	});
});
