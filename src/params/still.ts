import type { ParamMatcher } from '@sveltejs/kit';

/** The still images of a story: `map` and `timeline`, as .svg and .png. */
export const match = ((param: string): param is 'map' | 'timeline' =>
	param === 'map' || param === 'timeline') satisfies ParamMatcher;
