/**
 * What the painters need to know of a set of events beyond the layout: a label's text (cut
 * short when it is, once per layout), an event's name and page, whether it is set back. The
 * SVG's marks, held while the view moves, keep the view of the events they show.
 */
import type { PlacedLabel } from './layout';
import { cutText, truncateText } from './layout';
import { dateLabel, labelOf, type TimelineIndex } from './model';

export interface EventView {
	model: TimelineIndex;
	/** "23 novembre 2023" for an event key. */
	dateLabel(key: number): string;
	labelText(key: number, label: PlacedLabel): string;
	/** The label and date, for assistive technology. */
	name(key: number): string;
	href(key: number): string;
	/** Whether an event is set back because a selection elsewhere brings others forward. */
	dimmed?: (key: number) => boolean;
}

export function eventView(
	model: TimelineIndex,
	options: {
		/** Events brought forward; the others are set back. */
		highlighted?: ReadonlySet<string>;
		/** Width of a text in the labels' font; estimated without it. */
		measure?: (text: string) => number;
		/** An event's page; `#event-<id>` without it. */
		href?: (id: string) => string;
	} = {}
): EventView {
	const { highlighted, measure, href } = options;
	let dimmed: ((key: number) => boolean) | undefined;
	if (highlighted) {
		// Asked once per event and selection, not per frame.
		const known = new Int8Array(model.events.length); // 0: not asked yet, 1: dimmed, 2: forward
		dimmed = (key) => {
			let state = known[key]!;
			if (state === 0) known[key] = state = highlighted.has(model.events[key]!.id) ? 2 : 1;
			return state === 1;
		};
	}
	return {
		model,
		dateLabel: (key) => dateLabel(model, key),
		// A label cut short is cut once per layout: the SVG and the canvas ask on every frame.
		labelText: (key, label) =>
			label.truncated
				? (label.text ??= measure
						? cutText(labelOf(model, key), label.width, measure)
						: truncateText(labelOf(model, key), label.width))
				: labelOf(model, key),
		name: (key) => `${labelOf(model, key)}, ${dateLabel(model, key)}`,
		href: (key) => {
			const id = model.events[key]!.id;
			return href ? href(id) : `#event-${id}`;
		},
		dimmed
	};
}
