/**
 * The studio's "Save to data/stories/<id>/", for the development server, and for the preview
 * server when a test names the folder to write into (`CHRONOMAP_STUDIO_SAVE_DIR`): a Vite
 * middleware in vite.config.ts, so that the static build has no write endpoint at all. The
 * folder is checked by the same checker as `npm run check:data` before anything is written,
 * written to a hidden temporary folder, then renamed into place; an existing story is
 * replaced only when the request says so.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SOURCE_FILE, STORY_FILE, checkStoryFiles } from '../story/story-files';
import { formatProblem } from '../story/validate';
import { STORIES_ROOT, displayPath } from './story-folder';

export { SAVE_PATH } from '../studio/save-endpoint';

export interface SaveAnswer {
	status: 200 | 400 | 409 | 500;
	folder?: string;
	problems?: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function saveStoryFolder(root: string, request: unknown): SaveAnswer {
	const { id, yaml, source, overwrite } = (request ?? {}) as Record<string, unknown>;
	if (
		typeof id !== 'string' ||
		!ID.test(id) ||
		typeof yaml !== 'string' ||
		typeof source !== 'string'
	)
		return {
			status: 400,
			problems: [
				'the request needs an id (lower-case words joined by hyphens), the YAML and the source text'
			]
		};
	const target = join(root, id);
	const folder = displayPath(target);
	const encoder = new TextEncoder();
	const checked = checkStoryFiles({
		folder,
		story: { kind: 'file', bytes: encoder.encode(yaml) },
		source: { kind: 'file', bytes: encoder.encode(source) }
	});
	if (checked.problems.length > 0)
		return { status: 400, problems: checked.problems.map(formatProblem) };
	if (existsSync(target) && overwrite !== true)
		return {
			status: 409,
			problems: [`${folder} already exists: tick “replace” to overwrite it`]
		};
	// Hidden names: check:data and the build skip them, should the server stop half-way.
	const temporary = join(root, `.${id}.${randomUUID()}.new`);
	const previous = join(root, `.${id}.${randomUUID()}.old`);
	try {
		mkdirSync(temporary, { recursive: true });
		writeFileSync(join(temporary, STORY_FILE), yaml);
		writeFileSync(join(temporary, SOURCE_FILE), source);
		if (existsSync(target)) renameSync(target, previous);
		renameSync(temporary, target);
		rmSync(previous, { recursive: true, force: true });
		return { status: 200, folder };
	} catch (error) {
		rmSync(temporary, { recursive: true, force: true });
		// Put the old story back if it was moved aside.
		if (existsSync(previous) && !existsSync(target)) renameSync(previous, target);
		return {
			status: 500,
			problems: [`${folder} could not be written: ${(error as Error).message}`]
		};
	}
}

/** A story's YAML and text, JSON-escaped: far below this. */
const REQUEST_LIMIT = 16 * 1024 * 1024;

/**
 * The endpoint, as a Connect middleware saving into `root`: GET says where it writes (the
 * studio offers its button only when the answer comes), POST saves a story folder.
 */
export function saveMiddleware(root: string = STORIES_ROOT) {
	return (request: IncomingMessage, response: ServerResponse) => {
		const answer = (status: number, body: unknown) => {
			response.statusCode = status;
			response.setHeader('content-type', 'application/json');
			response.setHeader('cache-control', 'no-store');
			response.end(JSON.stringify(body));
		};
		if (request.method === 'GET') return answer(200, { root: displayPath(root) });
		if (request.method !== 'POST') return answer(405, { problems: ['GET or POST only'] });
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= REQUEST_LIMIT) chunks.push(chunk);
		});
		request.on('end', () => {
			if (size > REQUEST_LIMIT)
				return answer(413, { problems: [`the story is larger than ${REQUEST_LIMIT} bytes`] });
			let body: unknown;
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			} catch {
				return answer(400, { problems: ['the request is not JSON'] });
			}
			const { status, ...rest } = saveStoryFolder(root, body);
			answer(status, rest);
		});
	};
}
