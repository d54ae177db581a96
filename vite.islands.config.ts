import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The embeds' islands, built before the site into static/_embed/ (generated, not committed): one small ES module per view
 * (`map.js`, `timeline.js`, `explorer.js`) that hydrates the prerendered view, sharing hashed chunks (the
 * Svelte runtime, Leaflet). No CSS: the prerendered page already links the same styles.
 */
export default defineConfig({
	plugins: [
		svelte({ emitCss: false, compilerOptions: { css: 'external', discloseVersion: false } }),
		{
			// Leaflet's stylesheet, imported by the map, is already linked by the page.
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
		emptyOutDir: true,
		copyPublicDir: false,
		modulePreload: false,
		rollupOptions: {
			input: {
				map: path('./src/embed/islands/map.ts'),
				timeline: path('./src/embed/islands/timeline.ts'),
				explorer: path('./src/embed/islands/explorer.ts'),
				// Entries only to keep their names: the page preloads its language's strings.
				'i18n-fr': path('./src/lib/i18n-fr.ts'),
				'i18n-en': path('./src/lib/i18n-en.ts')
			},
			// The language entries keep their exports, for the islands' dynamic imports.
			preserveEntrySignatures: 'exports-only',
			output: {
				entryFileNames: '[name].js',
				chunkFileNames: '[name]-[hash].js',
				assetFileNames: '[name]-[hash][extname]'
			}
		}
	}
});
