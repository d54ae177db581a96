/** Label widths from the browser's text metrics, apart from the canvas so that every timeline can use them. */
import { estimateTextWidth } from './layout';

/**
 * Width of a label as the SVG draws it (12 px, in the page's font), from the browser's text
 * metrics: each character is measured once, and a label is the sum of its characters'
 * advances. Kerning and ligatures only bring characters closer, so the sum is never less
 * than the drawn text (a few pixels more at most): labels placed by it never touch. Cheap
 * enough for every mark of every frame, where a `measureText` per label is not.
 */
export function textMeasure(font: string): (text: string) => number {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return (text) => estimateTextWidth(text);
	ctx.font = `12px ${font}`;
	const basic = new Float32Array(0x10000).fill(NaN);
	const astral = new Map<string, number>();
	return (text) => {
		let width = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
				const pair = text.slice(i, i + 2);
				let advance = astral.get(pair);
				if (advance === undefined) astral.set(pair, (advance = ctx.measureText(pair).width));
				width += advance;
				i++;
				continue;
			}
			let advance = basic[code]!;
			if (Number.isNaN(advance)) basic[code] = advance = ctx.measureText(text[i]!).width;
			width += advance;
		}
		return width;
	};
}
