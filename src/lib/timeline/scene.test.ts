import { describe, expect, it } from 'vitest';
import { frameTimeline, GEOMETRY, lanePositions } from './frame';
import { MARK } from './model';
import { timeScale } from './scale';
import {
	countFormat,
	lanePrimitives,
	markPaint,
	PAINTS,
	SCENE,
	timelineScene,
	type Primitive
} from './scene';
import { shapePath } from './shapes';
import { markAttributes } from './svgPaint';
import { sceneInput as input } from './test-helpers';

const r = (value: number) => Math.round(value * 10) / 10;

/** A primitive in one line: what a snapshot shows and a reviewer reads. */
function line(primitive: Primitive): string {
	switch (primitive.kind) {
		case 'tick':
			return `tick ${r(primitive.x)}${primitive.major ? ' major' : ''} ${JSON.stringify(primitive.label.text)}`;
		case 'lane':
			return `lane ${primitive.lane} title@${primitive.title.x},${primitive.title.y} rule@${primitive.rule.y}`;
		case 'mark': {
			const { paint, label, ring } = primitive;
			const paintName = `${paint.origin}${paint.uncertain ? ' uncertain' : ''}${paint.gradient ? ` fading ${paint.gradient}` : ''}`;
			return [
				`mark ${primitive.key} lane ${primitive.lane} ${shapePath(primitive.shape)} ${paintName}`,
				primitive.dimmed ? 'dimmed' : '',
				label ? `label ${label.anchor}@${r(label.x)},${label.y} ${JSON.stringify(label.text)}` : '',
				ring ? `ring ${r(ring.x)},${ring.y} ${r(ring.width)}×${ring.height}` : ''
			]
				.filter(Boolean)
				.join(' | ');
		}
		case 'count':
			return `count lane ${primitive.lane} bin ${primitive.bin} box ${r(primitive.box.x)},${primitive.box.y} ${r(primitive.box.width)}×${primitive.box.height} ${JSON.stringify(primitive.text.text)}${primitive.selected ? ' selected' : ''}`;
	}
}

describe('the timeline’s scene', () => {
	it('holds still: every tick, lane, mark, label and count of a frame', () => {
		const scene = timelineScene(input(120, { selectedKey: 40 }));
		expect(scene.map(line).join('\n')).toMatchSnapshot();
	});

	it('has every kind of primitive in that frame', () => {
		const scene = timelineScene(input(120, { selectedKey: 40 }));
		const kinds = new Set(scene.map((primitive) => primitive.kind));
		expect([...kinds].sort()).toEqual(['count', 'lane', 'mark', 'tick']);
		const marks = scene.filter((p) => p.kind === 'mark');
		expect(marks.some((mark) => mark.label)).toBe(true);
		expect(marks.filter((mark) => mark.ring).map((mark) => mark.key)).toEqual(
			marks.some((mark) => mark.key === 40) ? [40] : []
		);
	});

	it('sets the lanes where they sit, whatever the view: the SVG makes them once', () => {
		const still = input(120);
		const lanes = timelineScene(still).filter((p) => p.kind === 'lane');
		const zoomed = input(120, {
			frame: frameTimeline(
				still.index,
				lanePositions(still.index).lanes,
				timeScale([Date.UTC(2001, 0), Date.UTC(2001, 6)], [0, still.width]),
				still.width,
				'fr'
			)
		});
		expect(timelineScene(zoomed).filter((p) => p.kind === 'lane')).toEqual(lanes);
		const positions = lanePositions(still.index).lanes;
		expect(lanePrimitives({ lanes: positions, width: still.width })).toEqual(lanes);
	});

	it('formats counts in the reader’s language', () => {
		const scene = timelineScene(input(3000, { formatCount: countFormat('en') }));
		const counts = scene.filter((p) => p.kind === 'count');
		expect(counts.length).toBeGreaterThan(0);
		for (const count of counts)
			expect(count.text.text).toBe(`+${new Intl.NumberFormat('en').format(count.count)}`);
		expect(countFormat('en')(12345)).toBe('12,345');
	});

	it('sets back the dimmed events, and rings and outlines the selected count', () => {
		const frame = input(3000);
		const counted = frame.frame.lanes.findIndex((lane) => lane.layout.counts.length > 0);
		const bin = frame.frame.lanes[counted]!.layout.counts[0]!.bin;
		const scene = timelineScene({
			...frame,
			dimmed: (key) => key % 3 === 0,
			selectedCount: { lane: counted, bin }
		});
		for (const primitive of scene) {
			if (primitive.kind === 'mark') expect(primitive.dimmed).toBe(primitive.key % 3 === 0);
			if (primitive.kind === 'count')
				expect(primitive.selected).toBe(primitive.lane === counted && primitive.bin === bin);
		}
	});
});

describe('mark paints', () => {
	it.each([
		[0, 'article', 'article', 'article', 1, undefined],
		[MARK.context, 'context', 'paper', 'context', 2, undefined],
		[MARK.uncertain, 'article', 'article', 'ink', 1, undefined],
		[MARK.context | MARK.uncertain, 'context', 'paper', 'ink', 2, undefined],
		[MARK.approximate, 'article', 'article', 'article', 1, 'fill'],
		[MARK.context | MARK.approximate, 'context', 'paper', 'context', 2, 'stroke'],
		[MARK.context | MARK.approximate | MARK.uncertain, 'context', 'paper', 'ink', 2, undefined],
		// A part of a day is drawn sharp, however approximate its day.
		[MARK.approximate | MARK.part, 'article', 'article', 'article', 1, undefined]
	])(
		'flags %i: %s, fill %s, stroke %s %i px, gradient %s',
		(flags, origin, fill, stroke, width, gradient) => {
			const paint = markPaint(flags);
			expect(paint).toMatchObject({ origin, fill, stroke, strokeWidth: width, gradient });
			expect(PAINTS[paint.id]).toBe(paint);
		}
	);

	it('paints uncertain dates paler and dotted', () => {
		const paint = markPaint(MARK.uncertain);
		expect(paint.fillOpacity).toBe(SCENE.uncertain.fillOpacity);
		expect(paint.dash).toEqual(SCENE.uncertain.dash);
	});

	it.each([
		['circle', 'halo'],
		['rect', 'fade']
	] as const)('fades a %s with the %s gradient, in SVG', (kind, gradient) => {
		const shape =
			kind === 'circle'
				? ({ kind, cx: 0, cy: 0, r: 6 } as const)
				: ({ kind, x: 0, y: 0, width: 20, height: 6, radius: 1 } as const);
		const colour = (token: string) => `var(--${token})`;
		expect(markAttributes(markPaint(MARK.approximate), shape, colour, 'p').fill).toBe(
			`url(#p-${gradient}-article)`
		);
		expect(
			markAttributes(markPaint(MARK.context | MARK.approximate), shape, colour, 'p')
		).toMatchObject({
			fill: 'var(--paper)',
			stroke: `url(#p-${gradient}-context)`
		});
	});

	it('rings a mark round its footprint, a row high', () => {
		const frame = input(120);
		const lane = frame.frame.lanes.find((candidate) => candidate.layout.marks.length > 0)!;
		const mark = lane.layout.marks[0]!;
		const primitive = timelineScene({ ...frame, selectedKey: mark.key }).find(
			(candidate) => candidate.kind === 'mark' && candidate.key === mark.key
		);
		// Positions are decided to a tenth of a pixel.
		const tenth = (value: number) => Math.round(value * 10) / 10;
		const x = tenth(Math.max(mark.left, -2) - 3);
		expect(primitive?.kind === 'mark' && primitive.ring).toEqual({
			x,
			y: lane.rowsTop + mark.row * GEOMETRY.row + 1,
			width: tenth(Math.min(mark.right, frame.width + 2) + 3 - x),
			height: GEOMETRY.row - 2
		});
	});
});
