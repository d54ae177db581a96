/**
 * A page's strings are a chunk its root layout imports before the page renders (see
 * `i18n-site.ts`): found only then, it would cost the reader one more round trip before the
 * page comes alive. The build names it to the browser up front, beside SvelteKit's own
 * `modulepreload` links, from the client build's manifest.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '$lib/i18n';

interface ManifestChunk {
	file: string;
	name?: string;
}

/** Where the language's strings chunk is, by file, in a client manifest; none if it is not. */
export function languageChunk(
	manifest: Record<string, ManifestChunk>,
	language: Language
): string | undefined {
	const name = `i18n-pages-${language}`;
	return Object.values(manifest).find((chunk) => chunk.name === name)?.file;
}

const START = /<link href="([^"]*)_app\/immutable\/entry\/start\.[^"]*" rel="modulepreload">/;

/**
 * The page with `file` preloaded right after SvelteKit's start script, at the same relative
 * path; the page unchanged if it has no such script (an error page, the studio's own shell).
 */
export function withPreload(html: string, file: string): string {
	const start = START.exec(html);
	if (!start) return html;
	const at = start.index + start[0].length;
	const link = `\n\t\t<link href="${start[1]}${file}" rel="modulepreload">`;
	return html.slice(0, at) + link + html.slice(at);
}

let manifest: Record<string, ManifestChunk> | undefined;

/** The client build's manifest, read once while the build renders its pages. */
export function clientManifest(): Record<string, ManifestChunk> {
	manifest ??= JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, ManifestChunk>;
	return manifest;
}
