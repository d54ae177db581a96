/**
 * The design tokens of `tokens.css`, typed, for what paints without the page's CSS: the still
 * images (light), and the timeline's canvas until it reads the page's own values. A test
 * (tokens.test.ts) checks that the two files agree, and that text and marks keep WCAG AA
 * contrast in both themes.
 */
export const TOKENS = {
	ink: { light: '#1a1a1a', dark: '#ecebe6' },
	inkMuted: { light: '#555555', dark: '#b9b6ad' },
	paper: { light: '#fdfcf9', dark: '#17191d' },
	surface: { light: '#ffffff', dark: '#22252b' },
	rule: { light: '#d9d4c7', dark: '#474b53' },
	accent: { light: '#1d4e89', dark: '#9cc3f5' },
	article: { light: '#1d4e89', dark: '#8fb8ec' },
	context: { light: '#6b5a2e', dark: '#dcc387' },
	focus: { light: '#c2410c', dark: '#ff9d66' },
	mutedFill: { light: '#ece6d6', dark: '#3a3d44' },
	mutedStroke: { light: '#8a806a', dark: '#9a9488' },
	note: { light: '#f3efe3', dark: '#2c2f35' },
	noteCorrection: { light: '#fbe9e3', dark: '#3b2c28' },
	grid: { light: '#e6e1d4', dark: '#2e3137' },
	gridMajor: { light: '#c9c2b0', dark: '#4a4e57' },
	highlight: { light: '#e6eef8', dark: '#243449' },
	highlightStrong: { light: '#cfdcf0', dark: '#30496b' },
	sea: { light: '#d3e1ec', dark: '#d3e1ec' }
} as const satisfies Record<string, { light: string; dark: string }>;

export type Token = keyof typeof TOKENS;
export type Theme = 'light' | 'dark';

/** A theme's colours, by token. */
export const palette = (theme: Theme): Record<Token, string> =>
	Object.fromEntries(
		Object.entries(TOKENS).map(([name, values]) => [name, values[theme]])
	) as Record<Token, string>;
