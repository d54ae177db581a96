import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport, type Connect } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { headersFor, parseHeaders } from './scripts/headers.ts';
import { siteUrlWarning } from './src/lib/server/site.ts';
import { SAVE_PATH } from './src/lib/studio/save-endpoint.ts';
import { embedIslands, terserAfter } from './vite.islands.config';

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
 * (its environments each close a bundle). Not for the sites built for tests, never deployed.
 */
function siteUrlCheck(): Plugin {
	return {
		name: 'chronomap-site-url',
		apply: 'build',
		closeBundle() {
			const warning = siteUrlWarning(process.env.PUBLIC_SITE_URL);
			const flag = globalThis as { chronomapSiteUrlWarned?: boolean };
			const testSite =
				process.env.CHRONOMAP_STORIES === 'fixtures' || process.env.CHRONOMAP_OUT_DIR;
			if (!warning || flag.chronomapSiteUrlWarned || testSite) return;
			flag.chronomapSiteUrlWarned = true;
			process.once('exit', () => console.warn(warning));
		}
	};
}

/**
 * The studio's "Save to data/stories/<id>/": a middleware of the development server, and of
 * the preview server only when `CHRONOMAP_STUDIO_SAVE_DIR` names the folder to write into (the
 * browser test of publishing sets it). The static build has no write endpoint.
 */
function studioSave(): Plugin {
	const chosen = process.env.CHRONOMAP_STUDIO_SAVE_DIR;
	// The endpoint and the checker it runs are loaded on the first request, as the app's code
	// is, rather than bundled into this config.
	const middleware = (root: string | undefined): Connect.NextHandleFunction => {
		let loading: Promise<Connect.NextHandleFunction> | undefined;
		return (request, response, next) => {
			loading ??= runnerImport<typeof import('./src/lib/server/studio-save')>(
				'/src/lib/server/studio-save.ts',
				{ configFile: false, logLevel: 'error' }
			).then(({ module }) => module.saveMiddleware(root));
			loading.then((handle) => handle(request, response, next), next);
		};
	};
	return {
		name: 'chronomap-studio-save',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use(SAVE_PATH, middleware(chosen || undefined));
		},
		configurePreviewServer(server) {
			if (chosen) server.middlewares.use(SAVE_PATH, middleware(chosen));
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		embedIslands(),
		hostHeaders(),
		siteUrlCheck(),
		studioSave(),
		terserAfter()
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		// The strings of every language, as the server has them (see src/lib/i18n-all.ts).
		setupFiles: ['src/lib/i18n-all.ts']
	}
});
