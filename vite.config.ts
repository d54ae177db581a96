import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedIslands } from './vite.islands.config';

export default defineConfig({
	plugins: [sveltekit(), embedIslands()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		// The strings of every language, as the site's pages have them (see src/lib/i18n.ts).
		setupFiles: ['src/lib/i18n-site.ts']
	}
});
