import type { ParamMatcher } from '@sveltejs/kit';
import { isEmbedView, type EmbedView } from '$lib/embed/views';

/** The embeds' views, as the registry lists them (`map`, `timeline`, `explorer`). */
export const match = ((param: string): param is EmbedView =>
	isEmbedView(param)) satisfies ParamMatcher;
