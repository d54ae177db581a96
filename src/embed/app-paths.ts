/**
 * `$app/paths` for the embed islands, which are built without SvelteKit: the site has no
 * base path, so `resolve` only fills in a route's parameters.
 */
export function resolve(route: string, params: Record<string, string> = {}): string {
	return route.replace(/\[(\w+)\]/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}
