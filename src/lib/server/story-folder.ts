/**
 * Story folders read from disk, for the build and for `npm run check:data` alike. Nothing
 * is read before it is known to be a regular file within the size limit: a symbolic link,
 * a folder, a FIFO or a 50 MB file is one problem, not a hang or a crash.
 */
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readSync,
	readdirSync
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS } from '../story/limits';
import {
	SOURCE_FILE,
	STORY_FILE,
	checkStoryFiles,
	collectResults,
	type CheckedStories,
	type FileRead,
	type StoryFolderResult
} from '../story/story-files';

/** Where the bundled stories live, from the project's root. */
export const STORIES_ROOT = 'data/stories';

/** A path as messages show it: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
	return (relative(process.cwd(), path) || '.').split(sep).join('/');
}

function errorCode(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Read a file of at most `limit` bytes, without following a symbolic link. */
export function readFile(path: string, limit: number): FileRead {
	let stat;
	try {
		stat = lstatSync(path);
	} catch (error) {
		const code = errorCode(error);
		return code === 'ENOENT' || code === 'ENOTDIR'
			? { kind: 'missing' }
			: { kind: 'unreadable', reason: code };
	}
	if (stat.isSymbolicLink()) return { kind: 'symlink' };
	if (stat.isDirectory()) return { kind: 'directory' };
	if (!stat.isFile()) return { kind: 'special' };
	if (stat.size > limit) return { kind: 'too-large', size: stat.size };
	let fd: number | undefined;
	try {
		// O_NOFOLLOW: the file cannot be swapped for a link between the check and the read.
		fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
		// Read one byte past the limit, so that a file that grew since is still caught.
		const bytes = new Uint8Array(Math.min(stat.size, limit) + 1);
		let length = 0;
		for (let n = 1; n > 0 && length < bytes.length; length += n) {
			n = readSync(fd, bytes, length, bytes.length - length, null);
		}
		if (length > limit) return { kind: 'too-large', size: fstatSync(fd).size };
		return { kind: 'file', bytes: bytes.subarray(0, length) };
	} catch (error) {
		return { kind: 'unreadable', reason: errorCode(error) };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** Every problem of the story folder at `path` (the story when there are none). */
export function checkStoryFolder(path: string): StoryFolderResult {
	const folder = displayPath(path);
	const itself = readFile(path, 0);
	if (itself.kind !== 'directory') {
		const message =
			itself.kind === 'missing'
				? 'missing: no such story folder'
				: itself.kind === 'symlink'
					? 'is a symbolic link; a story folder must be a real folder'
					: itself.kind === 'unreadable'
						? `cannot be read (${itself.reason})`
						: `is not a folder; a story is a folder holding ${STORY_FILE} and ${SOURCE_FILE}`;
		return { problems: [{ file: folder, path: '', rule: 'file', message }], warnings: [] };
	}
	return checkStoryFiles({
		folder,
		story: readFile(join(path, STORY_FILE), LIMITS.storyBytes),
		source: readFile(join(path, SOURCE_FILE), LIMITS.sourceBytes)
	});
}

/** Check every story folder under `root` (hidden entries aside), and anything else there. */
export function checkStoryRoot(root: string = STORIES_ROOT): CheckedStories {
	let entries;
	try {
		entries = readdirSync(root, { withFileTypes: true });
	} catch (error) {
		return {
			problems: [
				{
					file: displayPath(root),
					path: '',
					rule: 'file',
					message: `cannot be read (${errorCode(error)})`
				}
			],
			warnings: [],
			valid: [],
			folders: 0
		};
	}
	const names = entries
		.map((entry) => entry.name)
		.filter((name) => !name.startsWith('.'))
		.sort();
	return checkStoryFolders(names.map((name) => join(root, name)));
}

/** Check the given story folders, each on its own: one folder's problems never hide another's. */
export function checkStoryFolders(paths: string[]): CheckedStories {
	return collectResults(paths.map(checkStoryFolder));
}

/**
 * What the folders under `root` look like now (names, sizes, modification times), so that
 * a server can tell whether its stories are still those on disk without reading them.
 */
export function storyRootSignature(root: string = STORIES_ROOT): string {
	const parts: string[] = [];
	try {
		for (const name of readdirSync(root).sort()) {
			for (const file of [STORY_FILE, SOURCE_FILE]) {
				try {
					const stat = lstatSync(join(root, name, file));
					parts.push(`${name}/${file}:${stat.size}:${stat.mtimeMs}`);
				} catch {
					parts.push(`${name}/${file}:-`);
				}
			}
		}
	} catch {
		parts.push('-');
	}
	return parts.join('\n');
}
