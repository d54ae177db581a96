import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** A call of a function or method by name: `name(…)` or `x.name(…)`. */
const call = (name) =>
	`:matches(CallExpression[callee.name=${name}], CallExpression[callee.property.name=${name}])`;

/**
 * No data string is ever HTML. Leaflet parses a string given as content as HTML, so content
 * goes to it as a node from `textElement` (src/lib/map/content.ts), and its APIs that only
 * take HTML strings are not used at all.
 */
const leafletContent = [
	{
		selector: `${call('/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/')}:not([arguments.0.callee.name='textElement'])`,
		message: 'Leaflet parses a string as HTML: pass textElement(text) from $lib/map/content.'
	},
	{
		selector: `${call('divIcon')} > ObjectExpression > Property[key.name='html']:not([value.type='Identifier']):not([value.callee.name='textElement'])`,
		message: 'Leaflet parses an icon’s html string as HTML: pass a node made by textElement().'
	},
	{
		selector: call('/^(addAttribution|removeAttribution|setPrefix)$/'),
		message: 'Leaflet’s attribution control writes HTML: the map’s credits are creditsElement().'
	},
	{
		selector: `${call('/^(tileLayer|zoom|control|attribution)$/')} Property[key.name=/^(attribution|prefix|zoomInText|zoomOutText)$/]`,
		message:
			'Leaflet writes this option as HTML: give text as a node (textElement, creditsElement).'
	},
	{
		selector: `MemberExpression[property.name=/^(innerHTML|outerHTML)$/], ${call('insertAdjacentHTML')}`,
		message: 'Data is text, never HTML: build nodes and set textContent.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'test-results/',
			'playwright-report/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ rules: { 'svelte/no-at-html-tags': 'error' } },
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: { 'no-restricted-syntax': ['error', ...leafletContent] }
	}
);
