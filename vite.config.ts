import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { headersFor, parseHeaders } from './scripts/headers.ts';
import { siteUrlWarning } from './src/lib/server/site.ts';
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

/**
 * The studio's "Save to data/stories/<id>/" under `npm run dev` alone: a middleware of the
 * development server (`apply: 'serve'`), so that the static build has no write endpoint.
 */
function studioSave(): Plugin {
	// A story's YAML and text, JSON-escaped: far below this.
	const limit = 16 * 1024 * 1024;
	return {
		name: 'chronomap-studio-save',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use('/__studio/save', (request, response) => {
				const answer = (status: number, body: unknown) => {
					response.statusCode = status;
					response.setHeader('content-type', 'application/json');
					response.end(JSON.stringify(body));
				};
				if (request.method !== 'POST') return answer(405, { problems: ['POST only'] });
				const chunks: Buffer[] = [];
				let size = 0;
				request.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size <= limit) chunks.push(chunk);
				});
				request.on('end', async () => {
					if (size > limit)
						return answer(413, { problems: [`the story is larger than ${limit} bytes`] });
					let body: unknown;
					try {
						body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
					} catch {
						return answer(400, { problems: ['the request is not JSON'] });
					}
					// Loaded through the dev server, as the app's own code is, not by the config.
					const save = (await server.ssrLoadModule(
						'/src/lib/server/studio-save.ts'
					)) as typeof import('./src/lib/server/studio-save');
					const { status, ...rest } = save.saveStoryFolder('data/stories', body);
					answer(status, rest);
				});
			});
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
