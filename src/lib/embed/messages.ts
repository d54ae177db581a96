/**
 * The height messages an embed sends to the page around it, in the formats newsroom
 * pages already listen for, and the strict parsing of what arrives. Anything that is not
 * exactly one of these shapes is ignored.
 */

/** Heights outside this range are not a layout but a bug or an attack. */
export const MAX_HEIGHT = 20_000;

export type HeightFormat = 'datawrapper' | 'pym' | 'amp';

export interface HeightMessage {
	format: HeightFormat;
	height: number;
	/** The embed's id, for the formats that carry one. */
	id?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function validHeight(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_HEIGHT;
}

/**
 * The messages to post for a height: Datawrapper's and AMP's always, pym's when a pym id was
 * given. The height is clamped to 0…MAX_HEIGHT: parents that do not check what they receive
 * (pym.js, Datawrapper's snippet) still never get an absurd size from an embed.
 */
export function heightMessages(height: number, id: string, pymId?: string): (string | object)[] {
	const px = Number.isFinite(height) ? Math.min(Math.max(Math.ceil(height), 0), MAX_HEIGHT) : 0;
	const messages: (string | object)[] = [
		{ 'datawrapper-height': { [id]: px } },
		{ sentinel: 'amp', type: 'embed-size', height: px }
	];
	if (pymId && ID.test(pymId)) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${px}`);
	return messages;
}

/** Parse a message event's data; undefined for anything that is not a well-formed height message. */
export function parseHeightMessage(data: unknown): HeightMessage | undefined {
	if (typeof data === 'string') {
		const match = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxheightxPYMx(\d{1,5})$/.exec(data);
		if (!match) return undefined;
		const height = Number(match[2]);
		return validHeight(height) ? { format: 'pym', id: match[1], height } : undefined;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const record = data as Record<string, unknown>;
	if (record.sentinel === 'amp' && record.type === 'embed-size') {
		return validHeight(record.height) ? { format: 'amp', height: record.height } : undefined;
	}
	const heights = record['datawrapper-height'];
	if (typeof heights === 'object' && heights !== null && !Array.isArray(heights)) {
		const entries = Object.entries(heights);
		if (entries.length !== 1) return undefined;
		const [id, height] = entries[0]!;
		return ID.test(id) && validHeight(height) ? { format: 'datawrapper', id, height } : undefined;
	}
	return undefined;
}
