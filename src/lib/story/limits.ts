/**
 * The limits of a story folder, in one place: what the validator refuses before it reads,
 * parses or reports any further. Each guards against a file that would otherwise exhaust
 * memory, the call stack or a reader's terminal. docs/validation.md lists them.
 */
export const LIMITS = {
	/** Bytes of `story.yaml`: the bundled story is 56 KB. */
	storyBytes: 2 * 1024 * 1024,
	/** Bytes of `source.txt`: a long article is 50 KB. */
	sourceBytes: 1024 * 1024,
	/** Levels of nested lists and mappings in `story.yaml`: the schema needs 7. */
	nesting: 32,
	/** Aliases (`*name`) the YAML parser may expand, its own `maxAliasCount`. */
	aliases: 100,
	/** Items in any one list or mapping of `story.yaml` (events, places, proofs…). */
	items: 2000,
	/** Letters or digits a quote needs to prove anything ("à" does not). */
	quoteLetters: 5,
	/** Problems listed per file; the rest are counted. */
	problemsPerFile: 50,
	/** Characters of one problem's message; a quote in it is cut shorter still. */
	messageChars: 300,
	/** Characters of the data (a quote, a key) echoed in a message. */
	excerptChars: 60
} as const;

/** `2 MB`, `56 KB`, `12 bytes`: sizes as a person reads them (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
	const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
	return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** The first `max` characters of `text`, with `…` when it was longer. */
export function excerpt(text: string, max: number = LIMITS.excerptChars): string {
	// Twice as many code units as characters, so that no surrogate pair is cut in two.
	const chars = Array.from(text.slice(0, 2 * max + 2));
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
