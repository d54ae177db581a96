/**
 * The work in progress kept in the browser's IndexedDB, saved on every change and read
 * back on reload. What is read back is checked before it is trusted: an entry written by
 * another version, or damaged, is refused with a reason rather than half-loaded.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Work } from './work';

export const SAVE_VERSION = 1;
const KEY = 'work';

/** What is kept: the work, its undo steps, and whether it changed since it was last published. */
export interface Saved {
	version: typeof SAVE_VERSION;
	work: Work;
	past: Work[];
	future: Work[];
	unpublished: boolean;
	savedAt: string;
}

export type Restored =
	{ kind: 'none' } | { kind: 'saved'; saved: Saved } | { kind: 'refused'; reason: string };

export function studioStore(): UseStore {
	return createStore('chronomap-studio', 'work');
}

function isWork(value: unknown): value is Work {
	if (!value || typeof value !== 'object') return false;
	const { story, source } = value as Record<string, unknown>;
	return (
		typeof source === 'string' &&
		!!story &&
		typeof story === 'object' &&
		Array.isArray((story as { events?: unknown }).events)
	);
}

/** A saved entry, checked: the right version, a story and its text, undo steps that are works too. */
export function readSaved(value: unknown): Restored {
	if (value === undefined) return { kind: 'none' };
	if (!value || typeof value !== 'object') return { kind: 'refused', reason: 'not a saved work' };
	const saved = value as Partial<Saved>;
	if (saved.version !== SAVE_VERSION)
		return { kind: 'refused', reason: `saved by another version (${String(saved.version)})` };
	if (!isWork(saved.work))
		return { kind: 'refused', reason: 'the saved story or its text is missing' };
	const steps = [...(saved.past ?? []), ...(saved.future ?? [])];
	if (!Array.isArray(saved.past) || !Array.isArray(saved.future) || !steps.every(isWork))
		return { kind: 'refused', reason: 'the saved undo steps are damaged' };
	return { kind: 'saved', saved: saved as Saved };
}

export async function saveWork(
	saved: Omit<Saved, 'version' | 'savedAt'>,
	store: UseStore
): Promise<void> {
	// $state proxies cannot be cloned into IndexedDB: plain copies are saved.
	const plain = JSON.parse(JSON.stringify(saved)) as Saved;
	await set(KEY, { ...plain, version: SAVE_VERSION, savedAt: new Date().toISOString() }, store);
}

export async function restoreWork(store: UseStore): Promise<Restored> {
	return readSaved(await get(KEY, store));
}

export async function forgetWork(store: UseStore): Promise<void> {
	await del(KEY, store);
}
