import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS, formatBytes } from './limits';

describe('the limits documented in docs/validation.md', () => {
	const docs = readFileSync('docs/validation.md', 'utf8');
	const row = (name: string) => docs.split('\n').find((line) => line.startsWith(`| ${name}`));

	it.each([
		['size of `story.yaml`', formatBytes(LIMITS.storyBytes)],
		['size of `source.txt`', formatBytes(LIMITS.sourceBytes)],
		['nesting of lists and mappings', `${LIMITS.nesting} levels`],
		['items in one list or mapping', LIMITS.items.toLocaleString('en')],
		['aliases expanded', String(LIMITS.aliases)],
		['letters or digits in a quote', `at least ${LIMITS.quoteLetters}`],
		['problems listed per file', String(LIMITS.problemsPerFile)],
		['characters per message', `${LIMITS.messageChars}`]
	])('%s is %s, as the code has it', (name, value) => {
		expect(row(name)?.split('|')[2]?.trim()).toBe(value);
	});
});
