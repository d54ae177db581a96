/** Whether the reader asked for less motion: views then jump rather than glide, and change less often. */
export const reducedMotion = (): boolean =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
