/** The timeline's lanes: event categories grouped into what a reader scans for. */
import type { EventCategory } from '$lib/story/schema';

export const LANES = ['summits', 'statements', 'visits', 'conflict', 'membership'] as const;
export type Lane = (typeof LANES)[number];

const LANE_OF: Record<EventCategory, Lane> = {
	summit: 'summits',
	meeting: 'summits',
	statement: 'statements',
	report: 'statements',
	visit: 'visits',
	'armed-conflict': 'conflict',
	membership: 'membership',
	treaty: 'membership',
	agreement: 'membership'
};

export function laneOf(category: EventCategory): Lane {
	return LANE_OF[category];
}
