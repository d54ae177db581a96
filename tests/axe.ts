import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The violations on the page of the WCAG 2.2 AA rules and axe's best practices (landmarks,
 * headings, regions), as `rule: nodes (first node)` lines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	// axe runs in the page itself: by default the builder also opens a blank page and injects
	// axe's 500 KB source there again, to merge results from cross-origin frames, which these
	// pages do not have. That doubled every scan (about 8 s instead of 4 s on a busy machine).
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.withTags([...WCAG_TAGS, 'best-practice'])
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ') ?? ''})`
	);
}
