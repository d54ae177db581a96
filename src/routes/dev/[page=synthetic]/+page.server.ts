import { env } from '$env/dynamic/private';
import type { EntryGenerator } from './$types';

/**
 * The page exists in the builds for the browser tests and the benchmark only
 * (`CHRONOMAP_SYNTHETIC=1`, set by `npm test` and `npm run bench`); the production build has
 * no `/dev/` (svelte.config.js lets this route go unseen there).
 */
export const entries: EntryGenerator = () =>
	env.CHRONOMAP_SYNTHETIC === '1' ? [{ page: 'synthetic' }] : [];
