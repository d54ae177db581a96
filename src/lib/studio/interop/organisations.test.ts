import { describe, expect, it } from 'vitest';
import { namedOrganisations } from './organisations';

describe('namedOrganisations', () => {
	it.each([
		[
			'Leaders of the Collective Security Treaty Organization (CSTO) met. The CSTO said…',
			'Collective Security Treaty Organization',
			'CSTO',
			2
		],
		[
			'Le sommet de l’Organisation du Traité de sécurité collective (OTSC) s’ouvre.',
			'Organisation du Traité de sécurité collective',
			'OTSC',
			1
		],
		[
			'Les alliés de l’Organisation du Traité de l’Atlantique Nord (OTAN).',
			'Organisation du Traité de l’Atlantique Nord',
			'OTAN',
			1
		],
		['Members of the European Union (EU) vote.', 'European Union', 'EU', 1]
	])('finds the organisation in %j', (text, name, acronym, mentions) => {
		expect(namedOrganisations(text)[0]).toMatchObject({ name, acronym, mentions });
		expect(text).toContain(namedOrganisations(text)[0]!.passage);
	});

	it.each([
		'the first general-purpose computer was the Electronic Numerical Integrator And Computer (ENIAC).',
		'Code named (PX) by the Army.',
		'A treaty was signed (TS).',
		'Organisation of the summit (NATO) is not its name.'
	])('finds none in %j', (text) => {
		expect(namedOrganisations(text)).toEqual([]);
	});

	it('puts the most mentioned first', () => {
		const text =
			'The European Union (EU) and the North Atlantic Treaty Organization (NATO) met. NATO said, and NATO agreed.';
		expect(namedOrganisations(text).map((o) => o.acronym)).toEqual(['NATO', 'EU']);
	});
});
