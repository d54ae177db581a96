/**
 * `$app/paths` in the embeds' islands, which are built without SvelteKit (see
 * vite.islands.config.ts): the same `resolve` and `asset` for a site served at the root, as
 * SvelteKit's own (`resolve_route`) fills in a route id's parameters — optional ones
 * (`[[lang=lang]]`) dropped when empty, groups left out. `app-paths.test.ts` checks both
 * give the same paths.
 */
const PARAM = /\[(\[)?(\.\.\.)?(\w+?)(?:=(\w+))?\]\]?/g;

export function resolve(route: string, params: Record<string, string | undefined> = {}): string {
	const segments = route
		.slice(1)
		.split('/')
		.filter((segment) => segment !== '' && !/^\(.+\)$/.test(segment))
		.map((segment) =>
			segment.replace(PARAM, (_, optional: string | undefined, rest, name: string) => {
				const value = params[name];
				if (value) return value;
				if (optional || (rest && value !== undefined)) return '';
				throw new Error(`Missing parameter '${name}' in route ${route}`);
			})
		)
		.filter(Boolean);
	const trailing = route !== '/' && route.endsWith('/') ? '/' : '';
	return `/${segments.join('/')}${trailing}`;
}

export function asset(file: string): string {
	return file;
}
