import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKENS, type Theme, type Token } from './tokens';
import { property } from './vars';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** `--name: light-dark(#light, #dark);` declarations of the tokens file. */
function declared(): Map<string, { light: string; dark: string }> {
	const found = new Map<string, { light: string; dark: string }>();
	for (const [, name, light, dark] of css.matchAll(
		/(--[a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi
	))
		found.set(name!, { light: light!.toLowerCase(), dark: dark!.toLowerCase() });
	return found;
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

describe('design tokens', () => {
	it('the CSS and the typed mirror hold the same tokens and values', () => {
		const fromCss = declared();
		expect([...fromCss.keys()].sort()).toEqual(
			Object.keys(TOKENS)
				.map((token) => property(token as Token))
				.sort()
		);
		for (const [token, values] of Object.entries(TOKENS))
			expect(fromCss.get(property(token as Token)), token).toEqual(values);
	});

	it.each([
		['inkMuted', '--ink-muted'],
		['gridMajor', '--grid-major'],
		['ink', '--ink']
	] as const)('%s is written %s', (token, name) => {
		expect(property(token)).toBe(name);
	});

	// Text needs 4.5:1 (WCAG 1.4.3); marks, outlines and focus rings 3:1 (1.4.11).
	const TEXT = 4.5;
	const GRAPHIC = 3;
	const pairs: [Token, Token, number][] = [
		['ink', 'paper', TEXT],
		['ink', 'surface', TEXT],
		['inkMuted', 'paper', TEXT],
		['inkMuted', 'surface', TEXT],
		['accent', 'paper', TEXT],
		['accent', 'surface', TEXT],
		['article', 'surface', TEXT],
		['context', 'surface', TEXT],
		['ink', 'mutedFill', TEXT],
		['ink', 'note', TEXT],
		['ink', 'noteCorrection', TEXT],
		['ink', 'highlight', TEXT],
		['ink', 'highlightStrong', TEXT],
		['focus', 'paper', GRAPHIC],
		['focus', 'surface', GRAPHIC],
		['focus', 'mutedFill', GRAPHIC],
		['mutedStroke', 'surface', GRAPHIC]
	];
	it.each((['light', 'dark'] as Theme[]).flatMap((theme) => pairs.map((pair) => [theme, ...pair])))(
		'%s: %s on %s reaches %f:1',
		(theme, foreground, background, needed) => {
			const ratio = contrast(
				TOKENS[foreground as Token][theme as Theme],
				TOKENS[background as Token][theme as Theme]
			);
			expect(ratio).toBeGreaterThanOrEqual(needed as number);
		}
	);
});
