import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDetailsLoader } from './details.svelte';
import type { CardDetails } from './trim';

const DETAILS: CardDetails = { events: {}, actors: [], sources: [] };
const answer = (ok: boolean) =>
	Promise.resolve({ ok, status: ok ? 200 : 503, json: () => Promise.resolve(DETAILS) });

afterEach(() => vi.unstubAllGlobals());

describe('CardDetailsLoader', () => {
	it('fetches the details once, however often it is asked', async () => {
		const fetch = vi.fn(() => answer(true));
		vi.stubGlobal('fetch', fetch);
		const loader = new CardDetailsLoader('/embed/x/details.json');
		await Promise.all([loader.load(), loader.load()]);
		await loader.load();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(loader.details).toEqual(DETAILS);
		expect(loader.failed).toBe(false);
	});

	it('says when loading failed, and tries again when asked again', async () => {
		const fetch = vi.fn().mockReturnValueOnce(answer(false)).mockReturnValueOnce(answer(true));
		vi.stubGlobal('fetch', fetch);
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const loader = new CardDetailsLoader('/embed/x/details.json');
		await loader.load();
		expect(loader.failed).toBe(true);
		expect(loader.details).toBeUndefined();
		await loader.load();
		expect(loader.failed).toBe(false);
		expect(loader.details).toEqual(DETAILS);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('loads nothing for a view without cards', async () => {
		const fetch = vi.fn(() => answer(true));
		vi.stubGlobal('fetch', fetch);
		await new CardDetailsLoader(undefined).load();
		expect(fetch).not.toHaveBeenCalled();
	});
});
