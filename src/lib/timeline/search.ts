/** Binary search over sorted numbers: the index instead of a scan. */

/** First index i with values[i] >= target (values sorted ascending). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (values[mid]! < target) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** First index i with values[i] > target (values sorted ascending). */
export function upperBound(values: ArrayLike<number>, target: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (values[mid]! <= target) low = mid + 1;
		else high = mid;
	}
	return low;
}
