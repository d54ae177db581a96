/**
 * The studio's state for one page: the work and its undo history (pure, in `history.ts` and
 * `work.ts`), validated live, saved to IndexedDB on every change and restored on reload.
 * Created once by the page and handed to its panels by context.
 */
import { getContext, setContext } from 'svelte';
import type { UseStore } from 'idb-keyval';
import { checkWork, type Checked } from './check';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from './history';
import { forgetWork, restoreWork, saveWork, studioStore } from './persist';
import { edit, type Change, type Work } from './work';

/** Undo steps kept across a reload: each is a whole story, and every change writes them all. */
const SAVED_STEPS = 20;

export class Studio {
	/** Undefined until the saved work has been looked for. */
	ready = $state(false);
	/** Immutable values, replaced whole: no deep proxy needed. */
	history = $state.raw<History<Work> | undefined>(undefined);
	/** Changed since it was last downloaded or saved to the project. */
	unpublished = $state(false);
	/** What the last import left out or guessed, in words. */
	notices = $state<string[]>([]);
	/** Why a saved work was set aside, when it was. */
	restoreProblem = $state<string | undefined>(undefined);
	readonly work = $derived(this.history?.present);
	readonly checked: Checked | undefined = $derived(this.work && checkWork(this.work));
	readonly canUndo = $derived(!!this.history && canUndo(this.history));
	readonly canRedo = $derived(!!this.history && canRedo(this.history));
	/** The ingest engine, once loaded: drafting and reading dates need it. */
	engine = $state.raw<typeof import('./engine') | undefined>(undefined);
	private store: UseStore | undefined;
	private saving: Promise<void> = Promise.resolve();

	async restore(store: UseStore = studioStore()): Promise<void> {
		this.store = store;
		try {
			const restored = await restoreWork(store);
			if (restored.kind === 'saved') {
				const { work, past, future, unpublished } = restored.saved;
				this.history = { past, present: work, future };
				this.unpublished = unpublished;
			} else if (restored.kind === 'refused') this.restoreProblem = restored.reason;
		} catch (error) {
			this.restoreProblem = (error as Error).message;
		}
		this.ready = true;
	}

	async loadEngine(): Promise<typeof import('./engine')> {
		this.engine ??= await import('./engine');
		return this.engine;
	}

	start(work: Work): void {
		this.notices = [];
		this.history = startHistory(work);
		this.unpublished = true;
		this.save();
	}

	change(change: Change): void {
		if (!this.history) return;
		const next = edit(this.history.present, change);
		if (next === this.history.present) return;
		this.history = commit(this.history, next);
		this.unpublished = true;
		this.save();
	}

	undo(): void {
		if (!this.history || !canUndo(this.history)) return;
		this.history = undo(this.history);
		this.unpublished = true;
		this.save();
	}

	redo(): void {
		if (!this.history || !canRedo(this.history)) return;
		this.history = redo(this.history);
		this.unpublished = true;
		this.save();
	}

	markPublished(): void {
		this.unpublished = false;
		this.save();
	}

	/** Drop the work, to start another story. */
	close(): void {
		this.history = undefined;
		this.unpublished = false;
		const store = this.store;
		if (store) this.saving = this.saving.then(() => forgetWork(store));
	}

	/** Resolves once every change so far is in IndexedDB. */
	saved(): Promise<void> {
		return this.saving;
	}

	private save(): void {
		const { history, store, unpublished } = this;
		if (!history || !store) return;
		// One write after another, in order: the last change is the one kept.
		this.saving = this.saving
			.then(() =>
				saveWork(
					{
						work: history.present,
						past: history.past.slice(-SAVED_STEPS),
						future: history.future.slice(0, SAVED_STEPS),
						unpublished
					},
					store
				)
			)
			.catch((error: unknown) => {
				this.restoreProblem = (error as Error).message;
			});
	}
}

const KEY = Symbol('studio');
export const setStudio = (studio: Studio) => setContext(KEY, studio);
export const getStudio = () => getContext<Studio>(KEY);
