import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { headersFor, parseHeaders } from './scripts/headers.ts';
import { siteUrlWarning } from './src/lib/server/site.ts';
import { embedIslands } from './vite.islands.config';

/**
 * `vite preview` sends the headers of static/_headers, as the static host does, so that the
 * browser tests run under the same policy (frame-ancestors) as the site.
 */
function hostHeaders(): Plugin {
	return {
		name: 'chronomap-host-headers',
		configurePreviewServer(server) {
			const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
			server.middlewares.use((request, response, next) => {
				const { pathname } = new URL(request.url ?? '/', 'http://localhost');
				for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
				next();
			});
		}
	};
}

/**
 * A site built without its public address says so when the build ends, loudly: every absolute
 * URL in it points to localhost. Said once, as the process exits, after SvelteKit's own output
 * (its environments each close a bundle). Not for the test fixtures' site, never deployed.
 */
function siteUrlCheck(): Plugin {
	return {
		name: 'chronomap-site-url',
		apply: 'build',
		closeBundle() {
			const warning = siteUrlWarning(process.env.PUBLIC_SITE_URL);
			const flag = globalThis as { chronomapSiteUrlWarned?: boolean };
			if (!warning || flag.chronomapSiteUrlWarned || process.env.CHRONOMAP_STORIES === 'fixtures')
				return;
			flag.chronomapSiteUrlWarned = true;
			process.once('exit', () => console.warn(warning));
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), embedIslands(), hostHeaders(), siteUrlCheck()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		// The strings of every language, as the site's pages have them (see src/lib/i18n.ts).
		setupFiles: ['src/lib/i18n-site.ts']
	}
});
