import { describe, expect, it } from 'vitest';
import { eventId, sourceId } from './ids';

describe('the id of a fact: words of its title, then its year', () => {
	it.each<[string, Record<string, string>, string, string[], string]>([
		['ASEAN summits open in Vientiane', {}, '2024-10-09', [], 'asean-summits-open-vientiane-2024'],
		['Military coup in Myanmar', {}, '2021-02-01', [], 'military-coup-myanmar-2021'],
		[
			'Summits with partners, and the chair passes to Malaysia',
			{},
			'2024-10-10/2024-10-11',
			[],
			'summits-partners-chair-passes-2024'
		],
		['End of Joko Widodo’s term', {}, '2024-10-20', [], 'end-joko-widodo-term-2024'],
		['Ma’ruf Amin flies in', {}, '2024-10-08', [], 'maruf-amin-flies-2024'],
		['ASEAN will invite only an envoy', {}, '2021-10', [], 'asean-invite-envoy-2021'],
		['Brunei joins ASEAN', {}, '1984-01~', [], 'brunei-joins-asean-1984'],
		['Brunei joins ASEAN', {}, '1984-01', ['brunei-joins-asean-1984'], 'brunei-joins-asean-1984-2'],
		['Caesar crosses the Rubicon', {}, '-0049-01-10', [], 'caesar-crosses-rubicon-bce-0049'],
		['', { fr: 'Le sommet s’ouvre à Minsk' }, '2023-11-23', [], 'sommet-ouvre-minsk-2023'],
		[
			'',
			{ fr: 'L’Arménie gèle sa participation' },
			'2024-02',
			[],
			'armenie-gele-participation-2024'
		],
		['', {}, '../2024', [], 'fact-2024']
	])('"%s" %j, %s → %s', (en, other, edtf, taken, id) => {
		const title = en ? { en, ...other } : other;
		expect(eventId(taken, { date: { edtf }, title }, 'fr')).toBe(id);
	});
});

describe('the id of a source: its publisher, then the page’s year', () => {
	it.each<[string, string | undefined, string[], string]>([
		['The Jakarta Post', '2024-10-09', [], 'jakarta-post-2024'],
		['Reuters (Panu Wongcha-um), as carried by Yahoo News', undefined, [], 'reuters'],
		['Reuters', '2022-11-11', ['reuters'], 'reuters-2022'],
		['Bangkok Post (Reuters report)', undefined, ['bangkok-post'], 'bangkok-post-2'],
		['Lao PDR’s ASEAN Chairmanship 2024 (official site)', undefined, [], 'lao-pdr-asean'],
		['The Nation (Thailand), citing Reuters', '2021-10-16', [], 'nation-2021'],
		['Élysée', '2023-11', [], 'elysee-2023'],
		['—', undefined, [], 'source']
	])('%s, %s → %s', (publisher, date, taken, id) => {
		expect(sourceId(taken, publisher, date)).toBe(id);
	});
});
