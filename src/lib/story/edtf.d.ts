declare module 'edtf' {
	/** Parses an EDTF string; throws on invalid input. See https://github.com/inukshuk/edtf.js */
	export default function edtf(text: string): unknown;
	/** The classes of what `edtf` returns, to tell them apart by `instanceof`. */
	export class Date {}
	export class Interval {}
}
