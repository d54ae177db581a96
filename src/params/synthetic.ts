import type { ParamMatcher } from '@sveltejs/kit';

/** `/dev/synthetic/`: the synthetic stories' page, built only for the tests and the benchmark. */
export const match = ((param: string): param is 'synthetic' =>
	param === 'synthetic') satisfies ParamMatcher;
