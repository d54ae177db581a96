/**
 * Builds the embeds' islands into static/_embed/ before the site (see vite.islands.config.ts):
 * first what the views share (Leaflet, the strings), then each view of the registry.
 */
import { build } from 'vite';
import { EMBED_VIEWS, islandConfig, sharedConfig } from '../vite.islands.config';

await build(sharedConfig());
for (const view of EMBED_VIEWS) await build(islandConfig(view));
