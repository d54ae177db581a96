/**
 * Opening an existing story's folder in the studio: `story.yaml` and its `source.txt`,
 * chosen or dropped together. Both are read as the build reads them (UTF-8 text within the
 * size limits) and the story is validated; a file that is not a story (foreign YAML, a
 * damaged file, the wrong encoding) is refused whole, with its name and the reason. A story
 * that is only wrong in its facts (a quote not in the text) opens, to be fixed here.
 */
import { parse } from 'yaml';
import { LIMITS } from '../story/limits';
import { readText, SOURCE_FILE, STORY_FILE } from '../story/story-files';
import { formatProblem, validateStory, type Problem } from '../story/validate';
import type { StoryInput, Work } from './work';

export interface PickedFile {
	name: string;
	bytes: Uint8Array;
}

export type Opened = { ok: true; work: Work } | { ok: false; problems: string[] };

/** Rules that say a file is not a story at all, as opposed to a story with faults. */
const NOT_A_STORY = new Set([
	'file',
	'too-large',
	'empty',
	'encoding',
	'limit',
	'yaml',
	'schema',
	'internal'
]);

const isYaml = (name: string) => /\.ya?ml$/iu.test(name);
const isText = (name: string) => /\.txt$/iu.test(name);

export function openStoryFiles(files: readonly PickedFile[]): Opened {
	const yamlFile = files.find((f) => isYaml(f.name));
	const textFile = files.find((f) => isText(f.name));
	const others = files.filter((f) => f !== yamlFile && f !== textFile);
	const problems: string[] = others.map(
		(f) => `${f.name}: not part of a story folder (expected ${STORY_FILE} and ${SOURCE_FILE})`
	);
	if (!yamlFile) problems.push(`${STORY_FILE} is missing: choose it with its ${SOURCE_FILE}`);
	if (!textFile) problems.push(`${SOURCE_FILE} is missing: choose it with its ${STORY_FILE}`);
	if (!yamlFile || !textFile) return { ok: false, problems };

	const yamlText = readText(
		yamlFile.name,
		{ kind: 'file', bytes: yamlFile.bytes },
		LIMITS.storyBytes
	);
	const source = readText(
		textFile.name,
		{ kind: 'file', bytes: textFile.bytes },
		LIMITS.sourceBytes
	);
	for (const read of [yamlText, source])
		if (typeof read !== 'string') problems.push(formatProblem(read));
	if (typeof yamlText !== 'string' || typeof source !== 'string') return { ok: false, problems };

	const result = validateStory(yamlFile.name, yamlText, source);
	const fatal: Problem[] = result.problems.filter((p) => NOT_A_STORY.has(p.rule));
	if (fatal.length > 0) return { ok: false, problems: [...problems, ...fatal.map(formatProblem)] };
	if (problems.length > 0) return { ok: false, problems };
	// The schema passed: the data is a story. It is kept as written, defaults not filled in.
	return { ok: true, work: { story: parse(yamlText) as StoryInput, source } };
}
