/**
 * One story folder's two files, as read from disk, checked all the way: that each is a
 * readable file of a sensible size, that it is UTF-8 text, then the story itself and its
 * id against the folder's name. `npm run check:data` and the build both come here (through
 * `server/story-folder.ts`), so they cannot disagree.
 */
import { LIMITS, formatBytes } from './limits';
import type { Story } from './schema';
import { decodeTextFile } from './text-file';
import { validateStory, type Problem } from './validate';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

/** What reading a path gave, before any of its bytes are trusted. */
export type FileRead =
	| { kind: 'file'; bytes: Uint8Array }
	| { kind: 'missing' }
	| { kind: 'directory' }
	| { kind: 'symlink' }
	/** A FIFO, socket or device: reading it could block or never end. */
	| { kind: 'special' }
	| { kind: 'too-large'; size: number }
	| { kind: 'unreadable'; reason: string };

export interface StoryFolderFiles {
	/** The folder as it is shown in messages, e.g. `data/stories/otsc-minsk-summit`. */
	folder: string;
	story: FileRead;
	source: FileRead;
}

export interface StoryFolderResult {
	problems: Problem[];
	/** Printed, but they fail neither the check nor the build. */
	warnings: Problem[];
	/** Set when the folder has no problem at all. */
	story?: Story;
	sourceText?: string;
}

/** The one problem of a file that could not be read as text, or its text. */
export function readText(file: string, read: FileRead, limit: number): string | Problem {
	const problem = (rule: Problem['rule'], message: string): Problem => ({
		file,
		path: '',
		rule,
		message
	});
	switch (read.kind) {
		case 'missing':
			return problem('file', `missing: a story folder needs ${STORY_FILE} and ${SOURCE_FILE}`);
		case 'directory':
			return problem('file', 'is a folder, not a file');
		case 'symlink':
			return problem(
				'file',
				'is a symbolic link; a story file must be a regular file inside its folder'
			);
		case 'special':
			return problem('file', 'is not a regular file (a FIFO, socket or device)');
		case 'unreadable':
			return problem('file', `cannot be read (${read.reason})`);
		case 'too-large':
			return tooLarge(read.size);
		case 'file': {
			if (read.bytes.length > limit) return tooLarge(read.bytes.length);
			const decoded = decodeTextFile(read.bytes);
			if (decoded.ok) return decoded.text;
			const { rule, message, line, column } = decoded;
			return {
				...problem(rule, message),
				...(line ? { line } : {}),
				...(column ? { column } : {})
			};
		}
	}
	function tooLarge(size: number) {
		return problem('too-large', `too large: ${formatBytes(size)}, limit ${formatBytes(limit)}`);
	}
}

/** Every problem of one story folder; the story and its source text when there are none. */
export function checkStoryFiles({ folder, story, source }: StoryFolderFiles): StoryFolderResult {
	const storyFile = `${folder}/${STORY_FILE}`;
	const sourceFile = `${folder}/${SOURCE_FILE}`;
	const yamlText = readText(storyFile, story, LIMITS.storyBytes);
	const sourceText = readText(sourceFile, source, LIMITS.sourceBytes);
	const problems: Problem[] = [];
	if (typeof yamlText !== 'string') problems.push(yamlText);
	if (typeof sourceText !== 'string') problems.push(sourceText);
	if (typeof yamlText !== 'string') return { problems, warnings: [] };

	const text = typeof sourceText === 'string' ? sourceText : undefined;
	const name = folder.split('/').at(-1) ?? folder;
	const result = validateStory(storyFile, yamlText, text, { folder: name });
	problems.push(...result.problems);
	const { warnings } = result;
	return problems.length === 0 && result.ok && text !== undefined
		? { problems, warnings, story: result.story, sourceText: text }
		: { problems, warnings };
}

/** Many folders' results as one: every problem, folder by folder, and the valid stories. */
export interface CheckedStories {
	problems: Problem[];
	warnings: Problem[];
	valid: { story: Story; sourceText: string }[];
	folders: number;
}

export function collectResults(results: StoryFolderResult[]): CheckedStories {
	return {
		problems: results.flatMap((result) => result.problems),
		warnings: results.flatMap((result) => result.warnings),
		valid: results.flatMap(({ story, sourceText }) =>
			story && sourceText !== undefined ? [{ story, sourceText }] : []
		),
		folders: results.length
	};
}
