declare module 'edtf' {
	/** Parses an EDTF string; throws on invalid input. See https://github.com/inukshuk/edtf.js */
	export default function edtf(text: string): unknown;
}
