/** A file handed to the browser to save, made from bytes or text in memory. */
export function download(name: string, content: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser has started the download by now; the URL can go.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
