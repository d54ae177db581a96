/** The kinds of event a story can hold: plain constants, so the browser needs no schema library. */
export const EVENT_CATEGORIES = [
	'summit',
	'meeting',
	'statement',
	'visit',
	'armed-conflict',
	'membership',
	'treaty',
	'agreement',
	'report'
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
