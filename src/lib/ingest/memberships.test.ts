/**
 * Memberships in a draft: drafted only where the text calls states members of a named
 * organisation, and only when they cover the summit's host and absentees; otherwise none,
 * and the summary says why. Either way the draft is a valid story.
 */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../story/validate';
import { ingest, toYaml } from './index';

const HEAD =
	'Sommet de l’OTSC à Minsk\n\nLe sommet de l’Organisation du traité de sécurité collective (OTSC) s’est tenu';

describe('drafted memberships', () => {
	it.each([
		[
			'members named, the host among them, the summit on the day of publication',
			`${HEAD} ce jeudi à Minsk, en Biélorussie. La Russie, la Biélorussie et le Kazakhstan, pays membres de l’OTSC, étaient représentés, a indiqué l’agence.\n`,
			['BLR', 'KAZ', 'RUS'],
			undefined
		],
		[
			'the host not among the members named',
			`${HEAD} ce jeudi à Minsk, en Biélorussie. La Russie et le Kazakhstan, pays membres de l’OTSC, étaient représentés, a indiqué l’agence.\n`,
			[],
			/^memberships \(.*does not cover BLR \(host\).*none drafted\)$/
		],
		[
			'the summit before publication, members only as of publication',
			`${HEAD} mercredi à Minsk, en Biélorussie. La Russie, la Biélorussie et le Kazakhstan, pays membres de l’OTSC, étaient représentés, a indiqué l’agence.\n`,
			[],
			/^memberships \(.*does not cover BLR \(host\).*none drafted\)$/
		],
		[
			'no "members" sentence: a bid to join is no membership',
			`${HEAD} ce jeudi à Minsk, en Biélorussie. La demande d’adhésion de l’Ouzbékistan a été évoquée, a indiqué l’agence.\n`,
			[],
			undefined
		]
	])('%s', (_, text, members, unresolved) => {
		const result = ingest({ text, published: '2023-11-23', lang: 'fr' });
		const { story } = result;
		expect(story.attendance).toContainEqual(
			expect.objectContaining({ state: 'BLR', status: 'host' })
		);
		expect(story.memberships.map((m) => m.state).sort()).toEqual(members);
		const said = result.summary.unresolved.filter((u) => u.startsWith('memberships'));
		if (unresolved) expect(said).toEqual([expect.stringMatching(unresolved)]);
		else expect(said).toEqual([]);
		expect(validateStory('draft', toYaml(story), result.source).problems).toEqual([]);
	});
});
