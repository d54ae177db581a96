/** A file handed to the browser to save, made from bytes or text in memory. */
export function download(name: string, content: string | Uint8Array, type: string): void {
	// A copy of the bytes on a plain ArrayBuffer, which is what a Blob takes.
	const part = typeof content === 'string' ? content : new Uint8Array(content);
	const url = URL.createObjectURL(new Blob([part], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser has started the download by now; the URL can go.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
