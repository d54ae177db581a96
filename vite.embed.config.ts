import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The host-page resize script, built before the site into static/embed.js (generated, not committed): one small IIFE. */
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	build: {
		outDir: 'static',
		emptyOutDir: false,
		copyPublicDir: false,
		lib: {
			entry: 'src/embed/parent.ts',
			formats: ['iife'],
			name: 'chronomapEmbed',
			fileName: () => 'embed.js'
		}
	}
});
