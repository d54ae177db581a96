import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '$lib/state/url';
import { embedQuery, embedUrl, parseEmbedOptions, type EmbedOptions } from './options';

const known = { events: new Set(['minsk-summit']), countries: new Set(['ARM', 'BLR']) };
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), known);
const DEFAULTS: EmbedOptions = {
	language: undefined,
	theme: 'light',
	hideTitle: false,
	view: EMPTY_VIEW
};

describe('parseEmbedOptions', () => {
	it.each<[string, Partial<EmbedOptions>]>([
		['', {}],
		['lang=en&theme=dark&title=0', { language: 'en', theme: 'dark', hideTitle: true }],
		['theme=auto', { theme: 'auto' }],
		[
			'event=minsk-summit&country=ARM&date=1995-01-01',
			{
				view: { ...EMPTY_VIEW, event: 'minsk-summit', country: 'ARM', date: Date.UTC(1995, 0, 1) }
			}
		],
		[
			'category=summit,nope&origin=context',
			{
				view: { ...EMPTY_VIEW, categories: ['summit'], origins: ['context'] }
			}
		],
		// Unknown or malformed values are ignored, the defaults kept.
		['lang=de&theme=neon&title=no&event=unknown&country=FRA&date=2023-02-30', {}],
		['lang=&theme=&title=&utm_source=x', {}]
	])('%s', (query, expected) => {
		expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
	});
});

describe('embedQuery and embedUrl', () => {
	it('writes only what differs from the defaults', () => {
		expect(embedQuery({ theme: 'light', hideTitle: false, view: EMPTY_VIEW }).toString()).toBe('');
	});

	it('round-trips through the parser', () => {
		const options: EmbedOptions = {
			language: 'en',
			theme: 'auto',
			hideTitle: true,
			view: { ...EMPTY_VIEW, event: 'minsk-summit', countries: ['ARM'] }
		};
		expect(parse(embedQuery(options).toString())).toEqual(options);
	});

	it.each([
		['https://maps.example', 'map', {}, 'https://maps.example/embed/otsc/map/'],
		[
			'https://maps.example/',
			'timeline',
			{ language: 'en' as const, hideTitle: true },
			'https://maps.example/embed/otsc/timeline/?lang=en&title=0'
		],
		[
			'http://localhost:4173',
			'map',
			{ view: { ...EMPTY_VIEW, country: 'ARM' } },
			'http://localhost:4173/embed/otsc/map/?country=ARM'
		]
	] as const)('%s %s %j → %s', (site, view, options, expected) => {
		expect(embedUrl(site, 'otsc', view, options)).toBe(expected);
	});
});
