import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '$lib/state/url';
import { dataLinks, eventHref, stillLinks, storyHref } from './data';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('storyHref', () => {
	it.each<[string, 'fr' | 'en', Partial<ViewState> | undefined, string]>([
		['the story in French', 'fr', undefined, '/stories/otsc/'],
		['the story in English', 'en', undefined, '/en/stories/otsc/'],
		['with nothing selected', 'fr', {}, '/stories/otsc/'],
		[
			'on the embed’s view',
			'en',
			{ event: 'minsk-summit', country: 'ARM', date: day('2022-11-23'), categories: ['summit'] },
			'/en/stories/otsc/?event=minsk-summit&country=ARM&date=2022-11-23&category=summit'
		]
	])('%s', (_, language, view, href) => {
		expect(storyHref('otsc', language, view && { ...EMPTY_VIEW, ...view })).toBe(href);
	});
});

describe('eventHref', () => {
	it.each<['fr' | 'en', string]>([
		['fr', '/stories/otsc/events/minsk-summit/'],
		['en', '/en/stories/otsc/events/minsk-summit/']
	])('links an event’s page in %s', (language, href) => {
		expect(eventHref('otsc', 'minsk-summit', language)).toBe(href);
	});
});

describe('dataLinks and stillLinks', () => {
	it('name the story’s files, its id escaped', () => {
		expect(dataLinks('a b')).toEqual({
			json: '/stories/a%20b/story.json',
			csv: '/stories/a%20b/events.csv',
			geojson: '/stories/a%20b/places.geojson'
		});
		expect(stillLinks('otsc', 'explorer')).toEqual({
			svg: '/stories/otsc/explorer.svg',
			png: '/stories/otsc/explorer.png'
		});
	});
});
