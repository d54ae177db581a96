import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storyZip } from './publish';

describe('storyZip', () => {
	const yaml = 'id: minsk\ntitle:\n  fr: « Sommet »\u00a0: l’OTSC\n';
	const source = 'Ligne une\r\nLigne deux — « citée »\n\u202fFin\n';

	it('unzips to the story folder, byte for byte', () => {
		const files = unzipSync(storyZip(yaml, source, 'minsk'));
		expect(Object.keys(files).sort()).toEqual(['minsk/source.txt', 'minsk/story.yaml']);
		expect(files['minsk/story.yaml']).toEqual(new TextEncoder().encode(yaml));
		expect(files['minsk/source.txt']).toEqual(new TextEncoder().encode(source));
	});

	it('gives the same bytes for the same story', () => {
		expect(storyZip(yaml, source, 'minsk')).toEqual(storyZip(yaml, source, 'minsk'));
	});

	it.each(['../etc', 'Minsk', 'a/b', ''])('refuses the folder name %j', (id) => {
		expect(() => storyZip(yaml, source, id)).toThrow(/lower-case letters, digits and hyphens/);
	});
});
