import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../story/dates';
import { fromSheetsCsv } from './sheets-csv';
import { fromTimelineJs, toTimelineJs } from './timelinejs';
import { PUBLISHED, accepted, essentials, timelineJsFile } from './test-helpers';

const HEADER =
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** A sheet with the template's header and the given rows (cells by column name). */
function sheet(...rows: Record<string, string>[]): string {
	const columns = HEADER.split(',');
	return Papa.unparse({
		fields: columns,
		data: rows.map((row) => columns.map((c) => row[c] ?? ''))
	});
}

describe.each([
	['template/my-own-timeline.csv', 'MY OWN CSV'],
	['js/core/__tests__/women_in_computing.csv', 'Women in Computing']
])('the TimelineJS sheet %s', (file, title) => {
	const text = timelineJsFile(file);
	const rows = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	}).data;
	const slides = rows.filter((row) => row.Type !== 'title');
	const first = accepted(fromSheetsCsv(text, { published: PUBLISHED }));

	it('takes the title row as the story’s title', () => {
		expect(first.story.title.en).toBe(title);
	});

	it('keeps every row, at the precision its Year, Month, Day columns give', () => {
		expect(first.story.events).toHaveLength(slides.length);
		first.story.events.forEach((event, i) => {
			const row = slides[i]!;
			const [start, end] = event.date.edtf.split('/');
			const given = [row.Year, row.Month, row.Day].filter((cell) => cell!.trim() !== '').length;
			expect(parseEdtf(start!).precision).toBe(['year', 'month', 'day'][given - 1]);
			expect(start!.split('-').map(Number)).toEqual(
				[row.Year, row.Month, row.Day].filter((c) => c!.trim() !== '').map(Number)
			);
			expect(end !== undefined).toBe(row['End Year']!.trim() !== '');
		});
	});

	it('keeps media URLs as sources, and a quotation given as media as the event’s text', () => {
		const urls = first.story.sources.map((s) => s.url);
		for (const row of slides)
			if (row.Media!.startsWith('http')) expect(urls).toContain(row.Media!.trim());
		const clarke = first.story.events.find((e) => e.title.en === 'Edith Clarke: Bucking the Trend');
		expect(clarke?.summary.en).toMatch(/^There is no demand for women engineers/);
	});

	it('exports to TimelineJS and imports again to the same events', () => {
		const again = accepted(
			fromTimelineJs(toTimelineJs(first.story, 'en'), { published: PUBLISHED })
		);
		expect(essentials(again.story)).toEqual(essentials(first.story));
	});
});

describe('the Time column', () => {
	it.each([
		['14:30', '2023-11-23T14:30:00'],
		['3:05 PM', '2023-11-23T15:05:00'],
		['12:00 am', '2023-11-23T00:00:00'],
		['09:15:30', '2023-11-23T09:15:30']
	])('%s → %s', (time, edtf) => {
		const result = accepted(
			fromSheetsCsv(
				sheet({
					Year: '2023',
					Month: '11',
					Day: '23',
					Time: time,
					Headline: 'Leaders meet in Minsk'
				}),
				{ published: PUBLISHED, lang: 'en' }
			)
		);
		expect(result.story.events[0]?.date.edtf).toBe(edtf);
		expect(parseEdtf(edtf).precision).toBe('time');
	});
});

describe('bad sheets give problems naming the row and the column', () => {
	it.each([
		['an empty file', '', /CSV file: the file is empty/],
		['a binary file', 'Year\u0000Month', /binary/],
		[
			'a CSV that is not the template',
			timelineJsFile('js/core/__tests__/parser_test.csv'),
			/no "Year" column .*found "title", "count", "description"/
		],
		['no headline column', 'Year,Month\n2023,11\n', /no "Headline" or "Text" column/],
		[
			'the first template',
			'Start Date,End Date,Headline\n2023,,x\n',
			/first TimelineJS sheet template/
		],
		[
			'a quote never closed',
			`${HEADER}\n2023,,,,,,,,,"Unclosed headline\n`,
			/line 2: Quoted field unterminated/
		],
		[
			'a month that is not one',
			sheet({ Year: '2023', Month: '13', Headline: 'Thirteenth month' }),
			/row 2, column "Month": 13 is not a month \(1 to 12\); the slide is skipped/
		],
		[
			'a time that is not one',
			sheet({ Year: '2023', Month: '1', Day: '2', Time: 'noon', Headline: 'At noon' }),
			/row 2, column "Time": "noon" is not a time/
		],
		['only a title row', sheet({ Type: 'title', Headline: 'A title' }), /no row besides the title/],
		['a row with no year', sheet({ Headline: 'When was this?' }), /row 2: skipped: no start_date/]
	])('%s', (_name, text, problem) => {
		const result = fromSheetsCsv(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.join('\n')).toMatch(problem);
	});

	it('skips an era row with a warning', () => {
		const result = accepted(
			fromSheetsCsv(
				sheet(
					{ Year: '1939', 'End Year': '1945', Type: 'era', Headline: 'The war years' },
					{ Year: '1943', Month: '6', Day: '5', Headline: 'The first computer' }
				),
				{ published: PUBLISHED, lang: 'en' }
			)
		);
		expect(result.story.events.map((e) => e.date.edtf)).toEqual(['1943-06-05']);
		expect(result.warnings[0]).toBe('row 2: era not kept: a story has no place for eras');
	});
});
