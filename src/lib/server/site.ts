/**
 * The site's public origin, for the absolute URLs that leave the site: oEmbed responses,
 * social-card images, embed codes. Set `PUBLIC_SITE_URL` when building for a real host
 * (e.g. `PUBLIC_SITE_URL=https://maps.example.org npm run build`).
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';
export const SITE_URL = new URL(process.env.PUBLIC_SITE_URL || DEFAULT_SITE_URL).origin;

/** An absolute URL on the site, from a root-relative path. */
export function absoluteUrl(path: string): string {
	return new URL(path, SITE_URL).href;
}

/**
 * What a production build without `PUBLIC_SITE_URL` must say when it ends (vite.config.ts):
 * its absolute links all point to localhost. Undefined when the address is set.
 */
export function siteUrlWarning(siteUrl: string | undefined): string | undefined {
	if (siteUrl) return undefined;
	return [
		'',
		`⚠ PUBLIC_SITE_URL is not set: this build's absolute links point to ${DEFAULT_SITE_URL}.`,
		'  Canonical links, social-card images (og:image), oEmbed responses and embed codes all',
		'  name that address, and are broken on any other host. To deploy, build with the address',
		'  readers will use:',
		'    PUBLIC_SITE_URL=https://maps.example.org npm run build',
		''
	].join('\n');
}
