import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `npm run build:fixtures` (CHRONOMAP_FIXTURES=1) builds the test fixtures' stories into a
 * site of their own, beside the real one rather than over it (see src/lib/server/stories.ts).
 */
const fixtures = process.env.CHRONOMAP_FIXTURES === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered: the site is plain static files.
		adapter: fixtures
			? adapter({ strict: true, pages: 'build-fixtures', assets: 'build-fixtures' })
			: adapter({ strict: true }),
		...(fixtures && { outDir: '.svelte-kit-fixtures' }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
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
