import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../story/dates';
import { validateStory } from '../../story/validate';
import { fromTimelineJs, timelineDateToEdtf, toTimelineJs, type TimelineJson } from './timelinejs';
import { guarded } from './draft';
import { PUBLISHED, accepted, essentials, timelineJsFile } from './test-helpers';

const PRECISION_OF_PARTS = ['year', 'month', 'day', 'time'] as const;

/** The precision a TimelineJS date states: how many of year, month, day, hour it gives. */
function statedPrecision(date: Record<string, unknown>): string {
	const given = ['year', 'month', 'day', 'hour'].filter(
		(p) => date[p] !== undefined && date[p] !== ''
	);
	return PRECISION_OF_PARTS[given.length - 1]!;
}

describe('timelineDateToEdtf keeps the precision the date gives', () => {
	it.each([
		[{ year: 2023 }, '2023'],
		[{ year: '2023', month: '11' }, '2023-11'],
		[{ year: '2023', month: '11', day: '23' }, '2023-11-23'],
		[{ year: 2023, month: 11, day: 23, hour: 10, minute: 30 }, '2023-11-23T10:30:00'],
		[{ year: 2023, month: 11, day: 23, hour: '9' }, '2023-11-23T09:00:00'],
		[{ year: '602' }, '0602'],
		[{ year: -500 }, '-0500'],
		[{ year: '1,943', month: '' }, '1943'],
		[{ year: 2024, month: 2, day: 29 }, '2024-02-29']
	])('%j → %s', (date, edtf) => {
		expect(timelineDateToEdtf(date, 'd')).toEqual({ edtf });
	});

	it.each([
		[{ month: 3 }, 'd.year: a date needs at least a year'],
		[{ year: 2023, day: 3 }, 'd.day: given without month'],
		[{ year: 2023, month: 13 }, 'd.month: 13 is not a month (1 to 12)'],
		[{ year: 2023, month: 2, day: 29 }, 'd.day: 2023-02 has no day 29'],
		[{ year: 'MCMXLIII' }, 'd.year: the text "MCMXLIII" is not a whole number'],
		[{ year: -13800000000 }, 'd.year: -13800000000 is outside the years a story can date'],
		[{ year: 2023, month: 1, day: 1, hour: 24 }, 'd.hour: 24 is not a hour (0 to 23)'],
		['1943', 'd: expected a date object']
	])('%j → %s', (date, message) => {
		const result = timelineDateToEdtf(date, 'd');
		expect('problem' in result && result.problem).toContain(message);
	});
});

const EXAMPLES = ['all-media-types.json', 'eras.json', 'cosmo-mixed.json', 'cosmo.json'];

describe.each(EXAMPLES)('the TimelineJS example %s', (file) => {
	const json = JSON.parse(timelineJsFile(`template/${file}`)) as {
		events: { start_date: Record<string, unknown>; end_date?: unknown; media?: { url: string } }[];
	};
	const first = accepted(fromTimelineJs(json, { published: PUBLISHED }));

	it('imports as a valid draft whose every event is a draft quoting the file', () => {
		expect(first.story.review).toBe('draft');
		for (const event of first.story.events) {
			expect(event.review).toBe('draft');
			for (const proof of event.provenance)
				if ('quote' in proof) expect(first.sourceText).toContain(proof.quote);
		}
	});

	it('keeps every slide with a human date, at the precision the slide gives', () => {
		const dated = json.events.filter((slide) => Math.abs(Number(slide.start_date.year)) <= 9999);
		expect(first.story.events).toHaveLength(dated.length);
		first.story.events.forEach((event, i) => {
			const slide = dated[i]!;
			const [start, end] = event.date.edtf.split('/');
			expect(parseEdtf(start!).precision).toBe(statedPrecision(slide.start_date));
			expect(end !== undefined).toBe(slide.end_date !== undefined);
		});
		const skipped = json.events.length - dated.length;
		expect(
			first.warnings.filter((w) => w.includes('cosmological dates are not supported'))
		).toHaveLength(skipped);
	});

	it('says what it leaves out of the file', () => {
		const file = json as { title?: { media?: unknown }; eras?: unknown[] };
		if (file.title?.media)
			expect(first.warnings).toContain('title.media: not kept: a story’s title has no media');
		if (file.eras)
			expect(first.warnings).toContain(
				`eras: ${file.eras.length} era(s) not kept: a story has no place for eras`
			);
	});

	it('keeps every group that names no category as the event’s group', () => {
		const groups = (json.events as { start_date: { year: unknown }; group?: string }[])
			.filter((slide) => Math.abs(Number(slide.start_date.year)) <= 9999)
			.map((slide) => slide.group);
		expect(first.story.events.map((e) => e.group)).toEqual(groups);
	});

	it('keeps media URLs as the events’ sources', () => {
		const urls = first.story.sources.map((s) => s.url);
		for (const slide of json.events)
			if (slide.media?.url.startsWith('http') && Math.abs(Number(slide.start_date.year)) <= 9999)
				expect(urls).toContain(slide.media.url);
	});

	it('exports and imports again to the same events, texts and source text', () => {
		const exported = toTimelineJs(first.story, 'en');
		const again = accepted(fromTimelineJs(JSON.stringify(exported), { published: PUBLISHED }));
		expect(essentials(again.story)).toEqual(essentials(first.story));
		expect(again.story.events.map((e) => e.summary)).toEqual(
			first.story.events.map((e) => e.summary)
		);
		expect(again.sourceText).toBe(first.sourceText);
	});

	it('marks every draft as not yet reviewed in the export', () => {
		const exported = toTimelineJs(first.story, 'fr');
		for (const slide of [exported.title, ...exported.events])
			expect(slide?.text?.text).toContain('<p class="chronomap-draft">Non vérifié</p>');
	});
});

describe('groups', () => {
	const slide = (group: string, headline: string) => ({
		start_date: { year: 2023, month: 11, day: 23 },
		text: {
			headline,
			text: 'Leaders of the Collective Security Treaty Organization (CSTO) met in Minsk.'
		},
		group
	});
	const result = accepted(
		fromTimelineJs(
			{
				events: [
					slide('Summits', 'The summit opens'),
					slide('Conflits armés', 'Fighting resumes'),
					slide('treaty', 'A treaty is signed'),
					slide('Photos', 'A photograph of the leaders'),
					slide('<b>R&amp;D</b>  programme', 'A research programme')
				]
			},
			{ published: PUBLISHED, lang: 'en' }
		)
	);

	it('become categories where they name one, in French or English, any case or number', () => {
		expect(result.story.events.slice(0, 3).map((e) => e.category)).toEqual([
			'summit',
			'armed-conflict',
			'treaty'
		]);
	});

	it('that name none are kept as the event’s group, as plain text, without a warning', () => {
		expect(result.story.events.map((e) => e.group)).toEqual([
			undefined,
			undefined,
			undefined,
			'Photos',
			'R&D programme'
		]);
		expect(result.warnings.join('\n')).not.toMatch(/Photos|R&D/);
	});

	it('come back on export: a category as its label, any other group as written, escaped', () => {
		const exported = toTimelineJs(result.story, 'fr');
		expect(exported.events.map((e) => e.group)).toEqual([
			'Sommet',
			'Conflit armé',
			'Traité',
			'Photos',
			'R&amp;D programme'
		]);
	});

	it('survive an export and an import again, as categories and as groups', () => {
		const again = accepted(
			fromTimelineJs(JSON.stringify(toTimelineJs(result.story, 'en')), {
				published: PUBLISHED,
				lang: 'en'
			})
		);
		expect(essentials(again.story)).toEqual(essentials(result.story));
	});

	it('an organisation spelled out with its acronym is the story’s; the summit event its summit', () => {
		expect(result.story.actors[0]).toMatchObject({ kind: 'organisation', id: 'csto' });
		expect(result.story.organisation).toEqual({ actor: 'csto', summit: 'the-summit-opens' });
	});
});

describe('dates in words and times', () => {
	const result = accepted(
		fromTimelineJs(
			{
				events: [
					{
						start_date: { year: 1500 },
						display_date: 'c. 1500',
						text: { headline: 'A printing press opens in Venice' }
					},
					{
						start_date: { year: 2023, month: 11, day: 23, hour: 10, minute: 30 },
						text: { headline: 'Leaders arrive in Minsk' }
					}
				]
			},
			{ published: PUBLISHED, lang: 'en' }
		)
	);

	it('keeps the file’s display date as the date’s wording, in the source text', () => {
		expect(result.story.events[0]?.date).toEqual({ edtf: '1500', wording: 'c. 1500' });
		expect(result.sourceText).toContain('c. 1500');
	});

	it('exports a time with the digits written, whatever the machine’s time zone', () => {
		const exported = toTimelineJs(result.story, 'en');
		expect(exported.events[1]?.start_date).toEqual({
			year: 2023,
			month: 11,
			day: 23,
			hour: 10,
			minute: 30,
			second: 0
		});
	});
});

describe('media', () => {
	const slide = (url: string) => ({
		start_date: { year: 2023 },
		text: { headline: 'A slide with media' },
		media: { url, caption: '<em>The</em> caption', credit: 'Reuters' }
	});
	it.each([
		['https://upload.wikimedia.org/a.jpg', undefined],
		['//example.org/a.jpg', /is not a URL/],
		['ftp://example.org/a.jpg', /is not an http\(s\) URL/],
		['https://www.wikiwand.com/en/Minsk', /wikiwand\.com is not accepted as a source/]
	])('%s', (url, warning) => {
		const result = accepted(
			fromTimelineJs({ events: [slide(url)] }, { published: PUBLISHED, lang: 'en' })
		);
		if (warning) {
			expect(result.story.sources).toEqual([]);
			expect(result.warnings.join('\n')).toMatch(warning);
		} else {
			expect(result.story.sources).toEqual([
				{ id: 'media-a-slide-with-media', publisher: 'Reuters', kind: 'other', url }
			]);
			expect(result.story.events[0]?.notes[0]?.provenance).toEqual([
				{ source: 'media-a-slide-with-media', detail: 'The caption' }
			]);
			expect(toTimelineJs(result.story, 'en').events[0]?.media).toEqual({
				url,
				credit: 'Reuters',
				caption: 'The caption'
			});
		}
	});
});

describe('a file that names no organisation', () => {
	it('has none, rather than a guessed one, and says so', () => {
		const result = accepted(
			fromTimelineJs(
				{ events: [{ start_date: { year: 1969 }, text: { headline: 'Apollo 11 lands' } }] },
				{ published: PUBLISHED, lang: 'en' }
			)
		);
		expect(result.story.organisation).toEqual({ summit: 'apollo-11-lands' });
		expect(result.story.actors).toEqual([]);
		expect(result.warnings.join('\n')).toMatch(/names no organisation .* the story has none/);
	});
});

describe('our own story through TimelineJS', () => {
	const folder = new URL('../../../../data/stories/otsc-minsk-summit/', import.meta.url);
	const checked = validateStory(
		'story.yaml',
		readFileSync(new URL('story.yaml', folder), 'utf8'),
		readFileSync(new URL('source.txt', folder), 'utf8')
	);
	const story = checked.story!;

	it.each(['fr', 'en'] as const)('keeps every event’s date, precision and title (%s)', (lang) => {
		const exported: TimelineJson = toTimelineJs(story, lang);
		const back = accepted(
			fromTimelineJs(exported, { id: 'otsc-minsk-summit', lang, published: PUBLISHED })
		).story;
		expect(back.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
		back.events.forEach((event, i) => {
			const original = story.events[i]!;
			const was = parseEdtf(original.date.edtf);
			const is = parseEdtf(event.date.edtf);
			// TimelineJS has no "uncertain" or "approximate": the qualifier alone is lost.
			expect(event.date.edtf).toBe(original.date.edtf.replace(/[?~%]/g, ''));
			expect([is.start, is.end, is.precision]).toEqual([was.start, was.end, was.precision]);
			expect(event.title[lang]).toBe(original.title[lang]);
			expect(event.category).toBe(original.category);
		});
		// The article's organisation is found in the exported texts.
		expect(back.organisation.actor).toBe('otsc');
	});

	it('writes text, never HTML from the data, and cites outside sources as links', () => {
		const exported = toTimelineJs(story, 'en');
		const context = exported.events.find((e) => e.text?.text?.includes('<a href='));
		expect(context?.text?.text).toMatch(/<a href="https:\/\//);
		expect(JSON.stringify(exported)).not.toMatch(/<script/i);
	});
});

describe('bad input gives problems, never a throw', () => {
	const invalidUtf8 = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
	it.each([
		['not JSON', '{ "events": [', /not JSON/],
		['an empty file', '   \n', /empty/],
		['a binary file', 'PK\u0003\u0004\u0000\u0000', /binary/],
		['bytes that are not UTF-8', invalidUtf8, /not UTF-8/],
		['a list', [], /expected a TimelineJS object .* found a list/],
		['null', null, /found nothing/],
		['no events', { title: { text: { headline: 'x' } } }, /events: missing/],
		['events not a list', { events: 'slides' }, /events: expected a list of slides/],
		['no slides', { events: [] }, /events: the list is empty/],
		[
			'no dated slide',
			{ events: [{ text: { headline: 'Undated slide' } }] },
			/events\[0\]: skipped: no start_date/
		],
		[
			'only bad dates',
			{ events: [{ start_date: { year: '2023', month: 'Nov' }, text: { headline: 'Bad month' } }] },
			/events\[0\]\.start_date\.month: the text "Nov" is not a whole number/
		],
		[
			'an end before the start',
			{
				events: [
					{ start_date: { year: 2023 }, end_date: { year: 2021 }, text: { headline: 'Backwards' } }
				]
			},
			/events\[0\]\.end_date: ends \(2021\) before it starts \(2023\)/
		],
		[
			'no words to quote',
			{ events: [{ start_date: { year: 2023 }, text: { headline: 'Hi' } }] },
			/events\[0\]: skipped: no headline or text of 5 letters/
		],
		[
			'a slide that is not an object',
			{ events: [42] },
			/events\[0\]: skipped: expected a slide object, found a number/
		],
		[
			'an invalid id',
			JSON.stringify({
				events: [{ start_date: { year: 2023 }, text: { headline: 'Something happened' } }]
			}),
			/id "Bad Id"/
		]
	])('%s', (_name, input, problem) => {
		const result = fromTimelineJs(input, { id: _name === 'an invalid id' ? 'Bad Id' : undefined });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.join('\n')).toMatch(problem);
	});

	it('reports a fault of its own as a problem', () => {
		const broken = guarded((): never => {
			throw new Error('boom\nstack');
		});
		expect(broken()).toEqual({
			ok: false,
			problems: ['the import failed on this file (boom); please report it']
		});
	});

	it('skips an undated slide with a warning and keeps the others', () => {
		const result = accepted(
			fromTimelineJs(
				{
					events: [
						{ text: { headline: 'Undated slide' } },
						{
							start_date: { year: 1989, month: 11, day: 9 },
							text: { headline: 'The Berlin Wall falls' }
						}
					]
				},
				{ published: PUBLISHED, lang: 'en' }
			)
		);
		expect(result.story.events.map((e) => e.date.edtf)).toEqual(['1989-11-09']);
		expect(result.warnings[0]).toBe('events[0]: skipped: no start_date (a date is never guessed)');
	});
});
