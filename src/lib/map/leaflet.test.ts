/**
 * The map takes Leaflet from its ES sources and replaces one of its internals (see
 * leaflet.ts): these checks fail when a Leaflet upgrade moves what the map relies on, before
 * a reader meets a map that draws nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const leafletRoot = dirname(require.resolve('leaflet/package.json'));
const source = (file: string) => readFileSync(join(leafletRoot, 'src', file), 'utf8');
/** Leaflet's source without comments or white space, to find its statements in. */
const code = (file: string) =>
	source(file)
		.replace(/\/\/.*$/gm, '')
		.replace(/\s+/g, '');

describe('the Leaflet the map is written against', () => {
	it('is 1.9.4, pinned exactly', () => {
		const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.leaflet;
		expect(pinned).toBe('1.9.4');
		expect(JSON.parse(readFileSync(join(leafletRoot, 'package.json'), 'utf8')).version).toBe(
			pinned
		);
	});

	it('has every source module leaflet.ts imports', () => {
		const ours = readFileSync('src/lib/map/leaflet.ts', 'utf8');
		const imports = [
			...ours.matchAll(
				/from 'leaflet\/src\/(.+?)'|import\('leaflet\/src\/(.+?)'\)|^import 'leaflet\/src\/(.+?)'/gm
			)
		].map((match) => match[1] ?? match[2] ?? match[3]!);
		expect(imports.length).toBeGreaterThan(8);
		for (const file of imports) expect(existsSync(join(leafletRoot, 'src', file)), file).toBe(true);
	});

	it('picks a path’s renderer as the map’s replacement (SVG only) does', () => {
		const renderer = code('layer/vector/Renderer.getRenderer.js');
		// The replacement keeps Leaflet's order of choice and the state it keeps on the map.
		for (const statement of [
			'Map.include({',
			'getRenderer:function(layer){',
			'varrenderer=layer.options.renderer||this._getPaneRenderer(layer.options.pane)||this.options.renderer||this._renderer;',
			'renderer=this._renderer=this._createRenderer();',
			'if(!this.hasLayer(renderer)){this.addLayer(renderer);}',
			"_getPaneRenderer:function(name){if(name==='overlayPane'||name===undefined){returnfalse;}",
			'varrenderer=this._paneRenderers[name];',
			'renderer=this._createRenderer({pane:name});this._paneRenderers[name]=renderer;'
		])
			expect(renderer).toContain(statement);
	});

	it('gives every map the pane renderers the replacement fills', () => {
		expect(code('map/Map.js')).toContain('this._paneRenderers={};');
		// Layer.js adds them to the map: the replacement calls both.
		expect(code('layer/Layer.js')).toMatch(/Map\.include\(\{[^]*addLayer:function\(layer\)/);
		expect(code('layer/Layer.js')).toMatch(/Map\.include\(\{[^]*hasLayer:function\(layer\)/);
	});
});
