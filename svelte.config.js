import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `CHRONOMAP_STORIES=fixtures` (npm run build:fixtures) builds the site from the test stories
 * in tests/fixtures/stories/ instead of data/stories/, into folders of its own, so that the
 * browser tests of hostile data never touch the real site's build. `CHRONOMAP_OUT_DIR` names
 * such a folder explicitly (the site is then in `<folder>/build`), for a build of the stories
 * of `CHRONOMAP_STORIES_DIR` (see src/lib/server/stories.ts). It must be inside the project:
 * the app SvelteKit generates there imports the project's packages.
 */
const fixtures = process.env.CHRONOMAP_STORIES === 'fixtures';
const outDir = process.env.CHRONOMAP_OUT_DIR || (fixtures ? '.svelte-kit-fixtures' : '.svelte-kit');
const ownFolders = outDir !== '.svelte-kit';

/**
 * The site's one style attribute: SvelteKit's route announcer, a visually hidden live region
 * in the root component it generates. The CSP allows that exact attribute by its hash
 * ('unsafe-hashes') and no other; it is read from SvelteKit's source, so that an upgrade that
 * changes it changes the hash with it.
 */
function announcerStyleHash() {
	const root = new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url);
	const style = /id="svelte-announcer"[^>]*? style="([^"]+)"/.exec(readFileSync(root, 'utf8'))?.[1];
	if (!style) throw new Error(`No route announcer style found in ${root.pathname}: see kit.csp`);
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * The inline scripts of src/app.html (the theme set before the first paint): SvelteKit hashes
 * only its own, so these are hashed here from the file itself and allowed by that hash.
 */
function appScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, script]) => `sha256-${createHash('sha256').update(script).digest('base64')}`
	);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** @param {number} value a whole number ≥ 0 */
function base62(value) {
	let text = '';
	do {
		text = DIGITS[value % 62] + text;
		value = Math.floor(value / 62);
	} while (value > 0);
	return text;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Scoped class names, written on nearly every element of every prerendered page: Svelte's
		// hash of the component's file, in base 62 after "_" rather than base 36 after
		// "svelte-" (the same 32 bits, so the same scoping, in 7 characters instead of 14).
		cssHash: ({ hash, css, filename }) => `_${base62(parseInt(hash(filename ?? css), 36))}`
	},
	kit: {
		// Every route is prerendered: the site is plain static files.
		adapter: ownFolders
			? adapter({ pages: `${outDir}/build`, assets: `${outDir}/build`, strict: true })
			: adapter({ strict: true }),
		outDir,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The synthetic stories' page is built for the tests and the benchmark only
			// (CHRONOMAP_SYNTHETIC=1): without it, its route is the one that may go unseen.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/dev/[page=synthetic]')) throw new Error(message);
			}
		},
		// The Content-Security-Policy of every page, in a <meta> with the hashes of the page's
		// inline scripts and styles (the server hook adds the embeds' boot script and a story's
		// tile host). Headers only a server can send (frame-ancestors) are in static/_headers;
		// see docs/security.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScriptHashes()],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Small stylesheets go inline: an embed then arrives in one response, not eight.
		inlineStyleThreshold: 4096,
		// Type-check the command-line scripts and the benchmark with the app.
		typescript: {
			config: (tsconfig) => ({
				...tsconfig,
				include: [...tsconfig.include, '../scripts/**/*.ts', '../bench/**/*.ts']
			})
		}
	}
};

export default config;
