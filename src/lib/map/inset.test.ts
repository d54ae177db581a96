import { describe, expect, it } from 'vitest';
import { rectsOverlap } from './labels';
import { focusStates, insetLabels, type InsetGeometry } from './inset';

const square = (x: number, y: number, size = 10) => `M${x},${y}h${size}v${size}h${-size}Z`;
const inset: InsetGeometry = {
	width: 156,
	height: 120,
	focus: ['ARM'],
	box: [40, 37, 50, 43],
	shapes: [
		{ iso3: 'ARM', d: square(70, 50), anchor: [75, 55] },
		{ iso3: 'GEO', d: square(40, 10), anchor: [45, 15] },
		{ iso3: 'AZE', d: square(100, 50), anchor: [105, 55] },
		{ iso3: 'TUR', d: square(0, 60) }
	]
};
const states = [
	{ iso3: 'ARM', name: 'Arménie', tag: 'participation gelée' },
	{ iso3: 'GEO', name: 'Géorgie', tag: '' },
	{ iso3: 'AZE', name: 'Azerbaïdjan', tag: '' }
];

describe('the inset', () => {
	it.each([
		[
			'absent from the summit',
			{ attendance: [{ state: 'ARM', status: 'absent' }], memberships: [] },
			['ARM']
		],
		['with a phase', { attendance: [], memberships: [{ state: 'ARM', phases: [{}] }] }, ['ARM']],
		[
			'nobody',
			{ attendance: [{ state: 'RUS', status: 'present' }], memberships: [{ state: 'RUS' }] },
			[]
		]
	])('is for the states %s', (_, story, expected) => {
		expect(focusStates(story as never)).toEqual(expected);
	});

	it('names the focus with its status, beside its shape, and nothing on anything else', () => {
		const labels = insetLabels(inset, states);
		const arm = labels.find((label) => label.iso3 === 'ARM')!;
		expect(arm.lines).toEqual(['Arménie', 'participation gelée']);
		expect(arm.focus).toBe(true);
		// Below the shape, which stays in sight.
		expect(arm.box.top).toBeGreaterThan(55);
		for (const label of labels) {
			expect(label.box.left).toBeGreaterThanOrEqual(2);
			expect(label.box.right).toBeLessThanOrEqual(154);
			for (const other of labels)
				if (other !== label) expect(rectsOverlap(label.box, other.box)).toBe(false);
		}
		// A state with no name in the story, or no point in the inset, is not named.
		expect(labels.map((label) => label.iso3)).not.toContain('TUR');
	});

	it('gives a member with no status to tell its name alone', () => {
		const labels = insetLabels(inset, [{ iso3: 'ARM', name: 'Arménie', tag: '' }]);
		expect(labels).toHaveLength(1);
		expect(labels[0]!.lines).toEqual(['Arménie']);
	});
});
