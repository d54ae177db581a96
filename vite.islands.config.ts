import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { minify } from 'terser';
import type { InlineConfig, Plugin } from 'vite';
import { EMBED_VIEW_INFO, EMBED_VIEWS, isEmbedView, type EmbedView } from './src/lib/embed/views';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * What the embeds' views share without the Svelte runtime, built once for all of them:
 * Leaflet (the map and the explorer) and each language's strings, at `/_embed/<name>.js`.
 */
const SHARED = {
	leaflet: path('./src/lib/map/leaflet.ts'),
	'i18n-fr': path('./src/lib/i18n-fr.ts'),
	'i18n-en': path('./src/lib/i18n-en.ts')
} as const;
type Shared = keyof typeof SHARED;

const ISLAND = '\0chronomap-island:';

/**
 * The embeds' islands, made from the registry of views (src/lib/embed/views.ts): the island
 * of a view is `hydrateView(<its component>)`, nothing more. The same plugin serves them in
 * development, where `/_embed/<name>.js` is made from the sources on request, so that an
 * embed page loads the same modules under `npm run dev` as in the build.
 */
export function embedIslands(): Plugin {
	return {
		name: 'chronomap-embed-islands',
		// Before SvelteKit's own middleware, which would serve a previous build's static/_embed/.
		enforce: 'pre',
		resolveId(source) {
			const view = /^chronomap-island:(\w+)$/.exec(source)?.[1];
			return view && isEmbedView(view) ? ISLAND + view : undefined;
		},
		load(id) {
			const view = id.startsWith(ISLAND) ? id.slice(ISLAND.length) : '';
			if (!isEmbedView(view)) return;
			const component = path(`./src/lib/embed/${EMBED_VIEW_INFO[view].component}`);
			return [
				`import View from ${JSON.stringify(component)};`,
				`import { hydrateView } from ${JSON.stringify(path('./src/embed/hydrate.ts'))};`,
				'void hydrateView(View);'
			].join('\n');
		},
		configureServer(server) {
			server.middlewares.use((request, _, next) => {
				const name = /^\/_embed\/([\w-]+)\.js(?:\?.*)?$/.exec(request.url ?? '')?.[1] ?? '';
				if (isEmbedView(name)) request.url = `/@id/__x00__${ISLAND.slice(1)}${name}`;
				else if (Object.hasOwn(SHARED, name)) request.url = `/@fs${SHARED[name as Shared]}`;
				next();
			});
		}
	};
}

/**
 * In a view's build, Leaflet and the strings are imported from their own files (see
 * SHARED), never copied in; and no view may reach for the site's own strings.
 */
function sharedImports(): Plugin {
	const names = new Map(Object.entries(SHARED).map(([name, file]) => [file, name]));
	return {
		name: 'chronomap-shared-imports',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer) return;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			const name = resolved && names.get(resolved.id);
			if (name) return { id: `./${name}.js`, external: true };
			// The site's strings are for its pages: a view that reached for them would carry every
			// language into every embed.
			if (resolved?.id.endsWith('/i18n-site.ts'))
				this.error(`${importer} imports the site's strings, which no embed may load`);
			return resolved;
		}
	};
}

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

/** Leaflet's stylesheet, imported by the map, is already in the page. */
const noCss: Plugin = {
	name: 'chronomap-no-island-css',
	generateBundle(_, bundle) {
		for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
	}
};

/**
 * A second minifier over the first: terser, run on what Vite's own minifier made, takes about
 * 2 % more off every script gzipped (the timeline embed 37.5 → 36.8 KB; neither alone does
 * as well). Only the client's scripts: the server's are never sent.
 */
export function terserAfter(): Plugin {
	return {
		name: 'chronomap-terser-after',
		apply: 'build',
		async generateBundle(options, bundle) {
			if (this.environment.name !== 'client') return;
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const { code } = await minify(chunk.code, {
					ecma: 2020,
					module: options.format === 'es',
					compress: { passes: 2 }
				});
				if (code) chunk.code = code;
			}
		}
	};
}

const common = (): InlineConfig => ({
	configFile: false,
	logLevel: 'warn',
	resolve: {
		alias: [
			{ find: '$lib', replacement: path('./src/lib') },
			// The one SvelteKit module the views use, for a site served at the root.
			{ find: '$app/paths', replacement: path('./src/embed/app-paths.ts') }
		]
	}
});

/**
 * Leaflet and the strings, into static/_embed/ (generated, not committed), with the fixed
 * names the pages preload; a tile layer, opt-in per story, is a chunk of Leaflet's own.
 */
export function sharedConfig(): InlineConfig {
	return {
		...common(),
		plugins: [plainDynamicImports, noCss, terserAfter()],
		build: {
			outDir: 'static/_embed',
			emptyOutDir: true,
			copyPublicDir: false,
			modulePreload: false,
			rollupOptions: {
				input: SHARED,
				// Leaflet's entry may export what its tile layer shares with it, rather than both
				// importing a third file.
				preserveEntrySignatures: 'allow-extension',
				output: { entryFileNames: '[name].js', chunkFileNames: 'leaflet-[name]-[hash].js' }
			}
		}
	};
}

/**
 * The island of one view: `<view>.js`, one ES module that holds everything the view needs to
 * hydrate, so that an embed page fetches its code in one request, with no second round trip
 * for shared chunks; what loads later (the event card, the canvas layer) comes in chunks of
 * its own, and Leaflet and the strings from the shared files. Code that runs with the Svelte
 * runtime cannot be shared between views built apart (each has its runtime), so embedding two
 * kinds of view in one page downloads the runtime twice: rare, and cheaper than a waterfall
 * on every embed. No CSS: the prerendered page already has the same styles.
 */
export function islandConfig(view: EmbedView): InlineConfig {
	return {
		...common(),
		plugins: [
			embedIslands(),
			sharedImports(),
			svelte({ emitCss: false, compilerOptions: { css: 'external', discloseVersion: false } }),
			plainDynamicImports,
			noCss,
			terserAfter()
		],
		build: {
			outDir: 'static/_embed',
			emptyOutDir: false,
			copyPublicDir: false,
			modulePreload: false,
			rollupOptions: {
				input: { [view]: `chronomap-island:${view}` },
				output: { entryFileNames: '[name].js', chunkFileNames: `${view}-[name]-[hash].js` }
			}
		}
	};
}

export { EMBED_VIEWS };
