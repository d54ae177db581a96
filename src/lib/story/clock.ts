/**
 * Wall-clock time in a time zone, with the runtime's own zone data (Intl): no parser, so the
 * browser can use it to name a zone's offset as well as the build to read a part of day.
 */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far `zone`'s clock is ahead of UTC at `time` (UTC ms), in ms: +3 h in Minsk. */
export function zoneOffset(time: number, zone: string): number {
	let format = offsetFormats.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			era: 'short',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		offsetFormats.set(zone, format);
	}
	const part: Record<string, string> = {};
	for (const { type, value } of format.formatToParts(time)) part[type] = value;
	const year = Number(part.year) * (part.era === 'BC' ? -1 : 1) + (part.era === 'BC' ? 1 : 0);
	const local = new Date(0);
	local.setUTCFullYear(year, Number(part.month) - 1, Number(part.day));
	local.setUTCHours(Number(part.hour), Number(part.minute), Number(part.second), 0);
	return local.getTime() - (time - (((time % 1000) + 1000) % 1000));
}

/** The UTC time of a wall-clock time in `zone`, given as UTC ms as if the zone were UTC. */
export function zonedToUtc(wall: number, zone: string): number {
	// Twice: the offset at the first guess can differ from the one at the answer (a DST change).
	const guess = wall - zoneOffset(wall, zone);
	return wall - zoneOffset(guess, zone);
}
