import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { forgetWork, readSaved, restoreWork, saveWork, studioStore, SAVE_VERSION } from './persist';
import type { Work } from './work';

const work = (title: string): Work => ({
	story: { id: 'x', events: [], title: { fr: title } } as unknown as Work['story'],
	source: 'Le texte.'
});

describe('reading a saved work back', () => {
	const good = {
		version: SAVE_VERSION,
		work: work('a'),
		past: [work('b')],
		future: [],
		unpublished: true,
		savedAt: ''
	};
	it.each<[string, unknown, string]>([
		['nothing saved', undefined, 'none'],
		['a saved work', good, 'saved'],
		['not an object', 'text', 'refused'],
		['another version', { ...good, version: 2 }, 'refused'],
		['no source text', { ...good, work: { story: work('a').story } }, 'refused'],
		['a story without events', { ...good, work: { story: {}, source: '' } }, 'refused'],
		['damaged undo steps', { ...good, past: [{ story: 1 }] }, 'refused'],
		['undo steps missing', { ...good, past: undefined }, 'refused']
	])('%s: %s', (_, value, kind) => {
		expect(readSaved(value).kind).toBe(kind);
	});
});

describe('IndexedDB', () => {
	it('saves every change and restores the last, with its undo steps', async () => {
		const store = studioStore();
		await saveWork({ work: work('one'), past: [], future: [], unpublished: true }, store);
		await saveWork(
			{ work: work('two'), past: [work('one')], future: [], unpublished: true },
			store
		);
		const restored = await restoreWork(store);
		expect(restored.kind).toBe('saved');
		if (restored.kind !== 'saved') return;
		expect(restored.saved.work).toEqual(work('two'));
		expect(restored.saved.past).toEqual([work('one')]);
		expect(restored.saved.unpublished).toBe(true);
	});

	it('refuses a damaged entry instead of loading part of it', async () => {
		const store = studioStore();
		await set('work', { version: SAVE_VERSION, work: { story: 'oops' } }, store);
		expect(await restoreWork(store)).toEqual({
			kind: 'refused',
			reason: 'the saved story or its text is missing'
		});
	});

	it('forgets the work when asked', async () => {
		const store = studioStore();
		await saveWork({ work: work('one'), past: [], future: [], unpublished: false }, store);
		await forgetWork(store);
		expect(await restoreWork(store)).toEqual({ kind: 'none' });
	});
});
