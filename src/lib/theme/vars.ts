/**
 * A token as CSS: what the page's painters write, so that colours follow the theme. Apart
 * from tokens.ts, whose values the page never needs: it has them from tokens.css.
 */
import type { Token } from './tokens';

/** `inkMuted` → `--ink-muted`: the custom property of a token. */
export const property = (token: Token): string =>
	`--${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The token as a CSS value: `var(--ink-muted)`. */
export const cssVar = (token: Token): string => `var(${property(token)})`;
