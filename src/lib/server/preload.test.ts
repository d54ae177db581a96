import { describe, expect, it } from 'vitest';
import { languageChunk, withPreload } from './preload';

const manifest = {
	'_a.js': { file: '_app/immutable/chunks/a.js', name: 'i18n-pages-fr' },
	'_b.js': { file: '_app/immutable/chunks/b.js', name: 'i18n-pages-en' },
	'_c.js': { file: '_app/immutable/chunks/c.js', name: 'i18n-site' },
	'_d.js': { file: '_app/immutable/chunks/d.js' }
};

describe('languageChunk', () => {
	it.each([
		['fr', '_app/immutable/chunks/a.js'],
		['en', '_app/immutable/chunks/b.js']
	] as const)('%s', (language, file) => {
		expect(languageChunk(manifest, language)).toBe(file);
	});
	it('is none when the manifest has no such chunk', () => {
		expect(languageChunk({ '_d.js': manifest['_d.js'] }, 'fr')).toBeUndefined();
	});
});

describe('withPreload', () => {
	const start = '<link href="../../_app/immutable/entry/start.X1.js" rel="modulepreload">';
	it.each([
		[
			'after the start script, at its relative path',
			`<head>${start}<link href="../../_app/immutable/entry/app.Y.js" rel="modulepreload"></head>`,
			`<head>${start}\n\t\t<link href="../../_app/immutable/chunks/a.js" rel="modulepreload"><link href="../../_app/immutable/entry/app.Y.js" rel="modulepreload"></head>`
		],
		[
			'at the root',
			'<link href="./_app/immutable/entry/start.Z.js" rel="modulepreload">',
			'<link href="./_app/immutable/entry/start.Z.js" rel="modulepreload">\n\t\t<link href="./_app/immutable/chunks/a.js" rel="modulepreload">'
		],
		['unchanged without a start script', '<head></head>', '<head></head>']
	])('%s', (_, html, expected) => {
		expect(withPreload(html, '_app/immutable/chunks/a.js')).toBe(expected);
	});
});
