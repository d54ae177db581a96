/**
 * The lint rule that keeps data strings out of Leaflet's HTML (eslint.config.js,
 * `leafletContent`): what it refuses and what it lets through, on code as the map writes it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const HEAD = `import { textElement } from './content';
declare const L: typeof import('leaflet');
declare const name: string;
declare const node: HTMLElement;
declare const layer: import('leaflet').Layer;
`;

async function problems(code: string): Promise<string[]> {
	const [result] = await eslint.lintText(HEAD + code, { filePath: 'src/lib/map/Probe.ts' });
	return result!.messages
		.filter((message) => message.ruleId === 'no-restricted-syntax')
		.map((message) => message.message);
}

// The first lint loads the whole config (TypeScript, Svelte): seconds on a busy machine.
describe('the Leaflet content lint rule', { timeout: 60_000 }, () => {
	it.each([
		['a tooltip from a string', 'layer.bindTooltip(name);'],
		['a tooltip from a template', 'layer.bindTooltip(`<b>${name}</b>`);'],
		['a popup from a string', "layer.bindPopup('<p>' + name);"],
		['a tooltip’s content set later', 'layer.setTooltipContent(name);'],
		['an icon’s html as a string', "L.divIcon({ html: '<span>' + name });"],
		['an icon’s html from a field', 'L.divIcon({ html: node.textContent! });'],
		['an attribution added', 'L.map(node).attributionControl.addAttribution(name);'],
		['an attribution prefix', "L.map(node).attributionControl.setPrefix('Leaflet');"],
		[
			'a tile layer’s attribution',
			"L.tileLayer('https://t/{z}/{x}/{y}.png', { attribution: name });"
		],
		['a zoom button’s text', 'L.control.zoom({ zoomInText: name });'],
		['innerHTML', 'node.innerHTML = name;'],
		['insertAdjacentHTML', "node.insertAdjacentHTML('beforeend', name);"]
	])('refuses %s', async (_, code) => {
		expect(await problems(code)).toHaveLength(1);
	});

	it.each([
		['a tooltip from textElement', 'layer.bindTooltip(textElement(name));'],
		['an icon’s html as a node', 'L.divIcon({ html: node });'],
		['an icon’s html from textElement', 'L.divIcon({ html: textElement(name) });'],
		['a tile layer without attribution', "L.tileLayer('https://t/{z}/{x}/{y}.png');"],
		['text set as text', 'node.textContent = name;']
	])('lets through %s', async (_, code) => {
		expect(await problems(code)).toEqual([]);
	});
});
