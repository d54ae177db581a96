/** Builds every embed's island (see vite.islands.config.ts), one view after the other. */
import { build } from 'vite';
import { islandConfig, ISLANDS } from '../vite.islands.config';

for (const [i, view] of ISLANDS.entries()) await build(islandConfig(view, i === 0));
