import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';

// Loaded once, outside the tests' time limits (validating and resolving every story).
const all = stories();

describe('resolveStory: events in time order', () => {
	it.each([
		['otsc-minsk-summit', 'minsk-summit'],
		['asean-vientiane-summit', 'asean-summits-open-vientiane-2024']
	])('%s: the summit comes first among the events of its time', (id, summit) => {
		const { events } = all.get(id)!.resolved;
		for (let i = 1; i < events.length; i++)
			expect(events[i]!.when.start).toBeGreaterThanOrEqual(events[i - 1]!.when.start);
		const at = events.findIndex((e) => e.id === summit);
		const same = events.filter(
			(e) => e.when.start === events[at]!.when.start && e.when.end === events[at]!.when.end
		);
		expect(same.length).toBeGreaterThan(1);
		expect(same[0]!.id).toBe(summit);
	});
});
