import type { ParamMatcher } from '@sveltejs/kit';
import { isStillImage, type StillImage } from '$lib/embed/views';

/** The still images of a story (`map`, `timeline`, `explorer`), as .svg and .png. */
export const match = ((param: string): param is StillImage =>
	isStillImage(param)) satisfies ParamMatcher;
