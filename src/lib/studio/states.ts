/**
 * The states of a story as the studio's table shows them: one row per membership interval
 * (or one for a state the story names without one), with its status on the story's day.
 */
import { parseEdtf } from '../story/dates';
import type { AttendanceInput, StoryInput } from './work';

export interface StateRow {
	state: string;
	/** Index in `memberships`, when the row is an interval. */
	membership?: number;
	from?: string;
	to?: string;
	/** Member on the day of publication; undefined when a date cannot be read. */
	memberOnDay: boolean | undefined;
	attendance?: AttendanceInput['status'];
}

const startOf = (edtf: string) => parseEdtf(edtf).start;

/** Whether the interval [from, to) holds the day `on`; undefined when a date is not EDTF. */
export function holds(from: string, to: string | undefined, on: string): boolean | undefined {
	try {
		const day = startOf(on);
		return startOf(from) <= day && (to === undefined || to === '..' || startOf(to) > day);
	} catch {
		return undefined;
	}
}

export function stateRows(story: StoryInput): StateRow[] {
	const day = story.published.edtf;
	const summit = story.organisation.summit;
	const attendance = new Map(
		(story.attendance ?? []).filter((a) => a.event === summit).map((a) => [a.state, a.status])
	);
	const rows: StateRow[] = (story.memberships ?? []).map((m, index) => ({
		state: m.state,
		membership: index,
		from: m.from,
		...(m.to !== undefined && { to: m.to }),
		memberOnDay: holds(m.from, m.to, day)
	}));
	const named = new Set(rows.map((r) => r.state));
	const others = [
		...attendance.keys(),
		...story.places.flatMap((p) => (p.kind === 'country' ? [p.iso3] : []))
	];
	for (const state of others)
		if (!named.has(state)) {
			named.add(state);
			rows.push({ state, memberOnDay: false });
		}
	// A state's status is shown on its row that holds the day, else on its first.
	const shown = new Set<string>();
	for (const row of [...rows].sort(
		(a, b) => Number(b.memberOnDay ?? 0) - Number(a.memberOnDay ?? 0)
	))
		if (!shown.has(row.state)) {
			shown.add(row.state);
			const status = attendance.get(row.state);
			if (status) row.attendance = status;
		}
	return rows;
}
