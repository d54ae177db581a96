import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '$lib/i18n';
import { EMBED_VIEW_INFO, EMBED_VIEWS, isEmbedView, STILL_IMAGES } from './views';

const ROUTES = 'src/routes/embed/[id]';
/** What else lives beside the views' pages: the data the embeds share, the oEmbed responses. */
const NOT_VIEWS = ['details.json', 'map.bin', '[view=view]'];

describe('the registry of embeds', () => {
	it.each(EMBED_VIEWS)('%s has its component, its page and every part of its entry', (view) => {
		const info = EMBED_VIEW_INFO[view];
		expect(existsSync(`src/lib/embed/${info.component}`)).toBe(true);
		// Its page renders the registry's component, which its island hydrates.
		const page = readFileSync(`${ROUTES}/${view}/+page.svelte`, 'utf8');
		expect(page).toContain(`from '$lib/embed/${info.component}'`);
		expect(readFileSync(`${ROUTES}/${view}/+page.server.ts`, 'utf8')).toContain(
			"from '$lib/server/embed-page'"
		);
		for (const language of LANGUAGES) expect(info.title[language]).toMatch(/\S/);
		expect(STILL_IMAGES).toContain(info.image);
		expect(info.fallback.length).toBeGreaterThan(0);
		expect(info.parts.map || info.parts.timeline).toBe(true);
	});

	it('has an entry for every embed page', () => {
		const folders = readdirSync(ROUTES).filter((name) => !NOT_VIEWS.includes(name));
		expect(folders.filter((name) => !isEmbedView(name))).toEqual([]);
		expect(folders.sort()).toEqual([...EMBED_VIEWS].sort());
	});
});
