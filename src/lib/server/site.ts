/**
 * The site's public origin, for the absolute URLs that leave the site: oEmbed responses,
 * social-card images, embed codes. Set `PUBLIC_SITE_URL` when building for a real host
 * (e.g. `PUBLIC_SITE_URL=https://maps.example.org npm run build`).
 */
export const SITE_URL = new URL(process.env.PUBLIC_SITE_URL || 'http://localhost:4173').origin;

/** An absolute URL on the site, from a root-relative path. */
export function absoluteUrl(path: string): string {
	return new URL(path, SITE_URL).href;
}
