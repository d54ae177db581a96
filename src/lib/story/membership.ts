/**
 * Who belongs to the story's organisation on a given day, and who came to its summit: pure
 * functions over the dataset's membership intervals and summit attendance, shared by the
 * map, its text alternative and the timeline.
 */
import type { ResolvedEvent, ResolvedMembership, ResolvedPhase, ResolvedStory } from './resolve';
import type { Attendance } from './schema';

/**
 * A state's status on a day. On the summit's day a member is its `host`, `present` or
 * `absent`; on other days a `member`, or `frozen` while a phase of its membership says it
 * has frozen its participation (still a member in law). `former`: was a member and is no
 * more; `non-member`: not (yet) a member. `unknown`: the story lists no memberships at all
 * (a machine draft of an article with no "members" sentence), so it claims nothing about
 * any state's membership: the map says "membership not given" rather than "not a member".
 */
export type MapStatus =
	'host' | 'present' | 'absent' | 'member' | 'frozen' | 'former' | 'non-member' | 'unknown';

export const MAP_STATUSES: MapStatus[] = [
	'host',
	'present',
	'absent',
	'member',
	'frozen',
	'former',
	'non-member',
	'unknown'
];

/** What the statuses are computed from: a resolved story, or just the parts that matter. */
export type MembershipData = Pick<
	ResolvedStory,
	'memberships' | 'attendance' | 'events' | 'organisation'
>;

export interface StateStatus {
	state: string;
	status: MapStatus;
	/** The interval that makes it a member, or the last one that ended (former). */
	membership?: ResolvedMembership;
	/** The summit attendance record, on the summit's day. */
	attendance?: Attendance;
	/** The phase of the membership in force (a frozen participation), with its own proof. */
	phase?: ResolvedPhase;
}

/** The story's summit event, if the dataset has it. */
export function summitOf(story: MembershipData): ResolvedEvent | undefined {
	return story.events.find((event) => event.id === story.organisation.summit);
}

/** Whether an interval (a membership, a phase) covers `date` (UTC ms): from its start, until before its end. */
export function covers(interval: { start: number; end?: number }, date: number): boolean {
	return interval.start <= date && (interval.end === undefined || date < interval.end);
}

/** The status of `state` (ISO alpha-3) on `date` (UTC ms). */
export function membershipStatus(state: string, date: number, story: MembershipData): StateStatus {
	// No membership listed: the story gives none, and "not a member" would be a claim it never made.
	if (story.memberships.length === 0) return { state, status: 'unknown' };
	const intervals = story.memberships.filter((m) => m.state === state);
	const current = intervals.find((m) => covers(m, date));
	if (!current) {
		const ended = intervals
			.filter((m) => m.end !== undefined && m.end <= date)
			.sort((a, b) => b.end! - a.end!)[0];
		return ended ? { state, status: 'former', membership: ended } : { state, status: 'non-member' };
	}
	const summit = summitOf(story);
	const onSummitDay = summit !== undefined && summit.when.start <= date && date <= summit.when.end;
	const attendance = onSummitDay
		? story.attendance.find((a) => a.event === summit.id && a.state === state)
		: undefined;
	if (attendance) return { state, status: attendance.status, membership: current, attendance };
	const phase = current.phases?.find((p) => covers(p, date));
	return phase
		? { state, status: phase.status, membership: current, phase }
		: { state, status: 'member', membership: current };
}

/** The proof of a status: the attendance record, else the phase in force, else the membership. */
export function statusProof(status: StateStatus) {
	return (status.attendance ?? status.phase ?? status.membership)?.provenance ?? [];
}

/** Every state the membership data knows of, in the order they first appear. */
export function statesOf(story: MembershipData): string[] {
	return [...new Set([...story.memberships, ...story.attendance].map((entry) => entry.state))];
}

/** The day the map shows by default: the summit's first day, else the latest membership change. */
export function defaultMapDate(story: MembershipData): number {
	const summit = summitOf(story);
	if (summit) return summit.when.start;
	const changes = story.memberships.flatMap((m) => [
		...(m.end === undefined ? [m.start] : [m.start, m.end]),
		...(m.phases ?? []).flatMap((p) => (p.end === undefined ? [p.start] : [p.start, p.end]))
	]);
	return changes.length > 0 ? Math.max(...changes) : Date.UTC(new Date().getUTCFullYear(), 0, 1);
}

/** Events that involve a state: the state itself, or a city or site in it, is among their places. */
export function eventsInvolving(
	state: string,
	story: Pick<ResolvedStory, 'events' | 'places'>
): ResolvedEvent[] {
	const ids = new Set(
		story.places
			.filter((place) => (place.kind === 'country' ? place.iso3 : place.country) === state)
			.map((place) => place.id)
	);
	return story.events.filter((event) => event.places.some((id) => ids.has(id)));
}
