/**
 * The shape of a mark as an SVG path, so that a mark is one element whatever its date:
 * a dot for a day, a narrow upright mark for a part of a day, a short bar for a month or a
 * year narrower than a dot, a bar of its true width otherwise. The canvas draws the same
 * shapes (see canvas.ts); both read `markShape`.
 */
import { GEOMETRY } from './frame';
import type { PlacedMark } from './layout';
import { MARK } from './model';

export type MarkShape =
	| { kind: 'circle'; cx: number; cy: number; r: number }
	| { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number };

/** Where a mark is drawn, in a row whose top is `y`, in a view `width` pixels wide. */
export function markShape(mark: PlacedMark, y: number, flags: number, width: number): MarkShape {
	if (mark.dot) {
		const cx = (mark.left + mark.right) / 2;
		if (flags & MARK.day) {
			return { kind: 'circle', cx, cy: y + GEOMETRY.row / 2, r: flags & MARK.approximate ? 6 : 5 };
		}
		if (flags & MARK.part)
			return { kind: 'rect', x: cx - 2.5, y: y + 5, width: 5, height: 14, radius: 2 };
		return {
			kind: 'rect',
			x: mark.left,
			y: y + 9,
			width: mark.right - mark.left,
			height: 6,
			radius: 1
		};
	}
	// A bar reaching past the view is cut a little outside it, so that no end shows there.
	const left = Math.max(mark.left, -4);
	const barWidth = Math.max(1, Math.min(mark.right, width + 4) - left);
	return { kind: 'rect', x: left, y: y + 15, width: barWidth, height: 6, radius: 1 };
}

const n = (value: number) => Math.round(value * 100) / 100;

/** The shape as the `d` of an SVG path. */
export function shapePath(shape: MarkShape): string {
	if (shape.kind === 'circle') {
		const { cx, cy, r } = shape;
		return `M${n(cx - r)},${n(cy)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0Z`;
	}
	const { x, y, width, height } = shape;
	const r = Math.min(shape.radius, width / 2, height / 2);
	const w = n(width - 2 * r);
	const h = n(height - 2 * r);
	const corner = (dx: number, dy: number) => `a${n(r)},${n(r)} 0 0 1 ${n(dx)},${n(dy)}`;
	return (
		`M${n(x + r)},${n(y)}h${w}${corner(r, r)}v${h}${corner(-r, r)}` +
		`h${-w}${corner(-r, -r)}v${-h}${corner(r, -r)}Z`
	);
}
