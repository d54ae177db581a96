import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shownTheme, storedTheme, storeTheme, THEME_KEY } from './theme';

const storage = (value: string | null) => ({ getItem: () => value });

describe('the reader’s theme', () => {
	it.each([
		['dark', 'dark'],
		['light', 'light'],
		['sepia', undefined],
		[null, undefined]
	] as const)('stored %s reads as %s', (value, expected) => {
		expect(storedTheme(storage(value))).toBe(expected);
	});

	it('reads nothing where storage is refused', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(storedTheme(refusing)).toBeUndefined();
		expect(() => storeTheme(refusing, 'dark')).not.toThrow();
	});

	it.each([
		[undefined, false, 'light'],
		[undefined, true, 'dark'],
		['light', true, 'light'],
		['dark', false, 'dark']
	] as const)('chosen %s, system dark %s: shows %s', (stored, systemDark, expected) => {
		expect(shownTheme(stored, systemDark)).toBe(expected);
	});

	it('is applied before the first paint by app.html’s script, from the same key, never on embeds', () => {
		const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
		expect(scripts).toHaveLength(1);
		const run = (pathname: string, stored: string | null) => {
			const root = { dataset: {} as Record<string, string> };
			new Function('document', 'localStorage', 'location', scripts[0]!)(
				{ documentElement: root },
				{ getItem: (key: string) => (key === THEME_KEY ? stored : null) },
				{ pathname }
			);
			return root.dataset.theme;
		};
		expect(run('/stories/otsc-minsk-summit/', 'dark')).toBe('dark');
		expect(run('/en/', 'light')).toBe('light');
		expect(run('/stories/otsc-minsk-summit/', null)).toBeUndefined();
		expect(run('/stories/otsc-minsk-summit/', '"><img>')).toBeUndefined();
		expect(run('/embed/otsc-minsk-summit/map/', 'dark')).toBeUndefined();
	});
});
