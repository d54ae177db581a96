declare module 'polylabel' {
	/** The pole of inaccessibility of a polygon (rings of [x, y]), to `precision`. */
	export default function polylabel(
		polygon: number[][][],
		precision?: number
	): number[] & { distance: number };
}
