import type { ParamMatcher } from '@sveltejs/kit';

/** Pages are in French at the root and in English under /en/. */
export const match: ParamMatcher = (param): param is 'en' => param === 'en';
