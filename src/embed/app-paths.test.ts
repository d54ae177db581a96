import { describe, expect, it } from 'vitest';
import { resolve } from './app-paths';

// SvelteKit's own route resolution, which `resolve` from `$app/paths` runs on the site (an
// internal module of the installed version, so that an upgrade that changes it fails here).
const routing = '../../node_modules/@sveltejs/kit/src/utils/routing.js';
const { resolve_route } = (await import(/* @vite-ignore */ routing)) as {
	resolve_route: (route: string, params: Record<string, string>) => string;
};

describe("the islands' $app/paths", () => {
	it.each<[string, Record<string, string | undefined>]>([
		['/', {}],
		['/embed', {}],
		['/[[lang=lang]]', { lang: undefined }],
		['/[[lang=lang]]', { lang: 'en' }],
		['/[[lang=lang]]/stories/[id]', { id: 'otsc-minsk-summit' }],
		['/[[lang=lang]]/stories/[id]', { lang: 'en', id: 'otsc-minsk-summit' }],
		['/[[lang=lang]]/stories/[id]/events/[eventId]', { id: 'a', eventId: 'b-c' }],
		['/[[lang=lang]]/stories/[id]/[image=still].svg', { lang: 'en', id: 'a', image: 'map' }],
		['/stories/[id]/map.json', { id: 'otsc-minsk-summit' }],
		['/embed/[id]/[view=view]/', { id: 'a', view: 'map' }],
		['/(group)/[...rest]', { rest: 'a/b' }]
	])('resolves %s %o as SvelteKit does', (route, params) => {
		expect(resolve(route, params)).toBe(resolve_route(route, params as Record<string, string>));
	});

	it('fails, as SvelteKit does, on a missing parameter', () => {
		expect(() => resolve('/stories/[id]', {})).toThrow(/Missing parameter 'id'/);
		expect(() => resolve_route('/stories/[id]', {})).toThrow(/Missing parameter 'id'/);
	});
});
