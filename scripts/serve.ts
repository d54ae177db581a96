/** Serve the production build (`build/`) with `vite preview` and wait until it answers. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

export interface Server {
	url: string;
	close: () => void;
}

/**
 * `fixtures`: the site built from the test stories (`npm run build:fixtures`, see
 * svelte.config.js) instead of the real one. `env`: more for the server, such as
 * `CHRONOMAP_OUT_DIR` (the site built there) or `CHRONOMAP_STUDIO_SAVE_DIR` (see vite.config.ts).
 */
export async function servePreview(
	port: number,
	{ fixtures = false, env = {} }: { fixtures?: boolean; env?: Record<string, string> } = {}
): Promise<Server> {
	const outDir = env.CHRONOMAP_OUT_DIR;
	if (outDir && !existsSync(`${outDir}/build/index.html`))
		throw new Error(`No site built in ${outDir}/build.`);
	if (!outDir && !fixtures && !existsSync('build/index.html'))
		throw new Error('No build: run `npm run build` first.');
	if (fixtures && !existsSync('.svelte-kit-fixtures/build/index.html'))
		throw new Error('No build of the test stories: run `npm run build:fixtures` first.');
	const url = `http://127.0.0.1:${port}`;
	// Something already answering there would be measured instead of this build.
	if (
		await fetch(url).then(
			() => true,
			() => false
		)
	)
		throw new Error(`Port ${port} is taken: set another one.`);
	// Vite itself, not through npx: killing the child must stop the server.
	const start = () =>
		spawn(
			process.execPath,
			[
				'node_modules/vite/bin/vite.js',
				'preview',
				'--host',
				'127.0.0.1',
				'--port',
				String(port),
				'--strictPort'
			],
			{
				stdio: 'ignore',
				env: { ...process.env, ...(fixtures && { CHRONOMAP_STORIES: 'fixtures' }), ...env }
			}
		);
	let child = start();
	let closing = false;
	// On a shared machine something may stop the server during a long run: start it again.
	const keep = () =>
		child.once('exit', () => {
			if (closing) return;
			child = start();
			keep();
		});
	const close = () => {
		closing = true;
		child.kill();
	};
	// A busy machine may take a while to start it.
	for (let attempt = 0; attempt < 600; attempt++) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (is port ${port} taken?)`);
		try {
			if ((await fetch(`${url}/`)).ok) {
				keep();
				return { url, close };
			}
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	close();
	throw new Error(
		`vite preview did not answer on ${url} within 60 s (a busy machine starts it slowly)`
	);
}

/** Debian's Chromium when present (or $CHROMIUM_PATH); otherwise Playwright's own. */
/** A port nothing listens on now, from the system. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export function chromiumPath(): string | undefined {
	return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
