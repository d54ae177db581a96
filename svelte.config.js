import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered: the site is plain static files.
		adapter: adapter({ strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The synthetic stories' page is built for the tests and the benchmark only
			// (CHRONOMAP_SYNTHETIC=1): without it, its route is the one that may go unseen.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/dev/[page=synthetic]')) throw new Error(message);
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
