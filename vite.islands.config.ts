import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { InlineConfig, Plugin } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Vite wraps dynamic imports in a helper that preloads their dependencies; the embeds
 * preload nothing that way (modulePreload: false; the page preloads what it knows it needs),
 * so each import is made as it is written and the helper left out.
 */
const plainDynamicImports: Plugin = {
	name: 'chronomap-plain-dynamic-imports',
	renderChunk(code) {
		return code.includes('__vitePreload(')
			? code.replaceAll('__vitePreload(', '((load) => load())(')
			: undefined;
	}
};

export const ISLANDS = ['map', 'timeline', 'explorer'] as const;
export type Island = (typeof ISLANDS)[number];

/**
 * The build of one embed's island, into static/_embed/ (generated, not committed; see
 * scripts/build-islands.ts, which builds every view before the site): `<view>.js`, one ES
 * module that holds everything the view needs to hydrate, so that an embed page fetches its
 * code in one request, with no second round trip for shared chunks; only what loads later
 * (the event card, the canvas layer, a tile layer) comes in chunks of its own. Embedding two
 * kinds of view in one page downloads the Svelte runtime twice: rare, and cheaper than a
 * waterfall on every embed. No CSS: the prerendered page already has the same styles.
 */
export function islandConfig(view: Island, first: boolean): InlineConfig {
	return {
		configFile: false,
		logLevel: 'warn',
		plugins: [
			svelte({ emitCss: false, compilerOptions: { css: 'external', discloseVersion: false } }),
			plainDynamicImports,
			{
				// Leaflet's stylesheet, imported by the map, is already in the page.
				name: 'chronomap-no-island-css',
				generateBundle(_, bundle) {
					for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
				}
			}
		],
		resolve: {
			alias: [
				// The event card (and what only it uses) comes with its details when the reader first
				// reaches for the timeline, not with the page: see src/lib/embed/card.ts.
				{
					find: /^\$lib\/components\/EventCard\.svelte$/,
					replacement: path('./src/embed/LazyEventCard.svelte')
				},
				// Each language's strings load on their own, when the embed shows that language.
				{ find: /^\$lib\/i18n$/, replacement: path('./src/embed/i18n.ts') },
				{ find: '$lib', replacement: path('./src/lib') },
				{ find: '$app/paths', replacement: path('./src/embed/app-paths.ts') }
			]
		},
		build: {
			outDir: 'static/_embed',
			emptyOutDir: first,
			copyPublicDir: false,
			modulePreload: false,
			rollupOptions: {
				input: {
					[view]: path(`./src/embed/islands/${view}.ts`),
					// Entries only to keep their names (the page preloads its language's strings): they
					// import nothing, so every view's build writes the same two files.
					'i18n-fr': path('./src/lib/i18n-fr.ts'),
					'i18n-en': path('./src/lib/i18n-en.ts')
				},
				// The language entries keep their exports, for the islands' dynamic imports.
				preserveEntrySignatures: 'exports-only',
				output: {
					entryFileNames: '[name].js',
					// Leaflet keeps a fixed name: the map's pages preload it (see EmbedPage.svelte).
					chunkFileNames: (chunk) =>
						chunk.name === 'leaflet' ? `${view}-leaflet.js` : `${view}-[name]-[hash].js`,
					assetFileNames: '[name]-[hash][extname]'
				}
			}
		}
	};
}
