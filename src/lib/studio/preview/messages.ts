/** The preview's own words in each language of the studio (its name is the studio's: `preview`). */
import type { Language } from '../../i18n-core';

export interface PreviewMessages {
	intro: string;
	shapesFailed: string;
	drafts: (count: number) => string;
	noStates: string;
	unknownStates: (codes: string) => string;
	map: string;
	timeline: string;
	events: string;
}

const fr: PreviewMessages = {
	intro:
		'La carte, la frise et la liste des faits telles que la page du récit les montrera, à jour à chaque modification.',
	shapesFailed:
		'Les contours des pays n’ont pas pu être chargés : la carte manque, le tableau reste.',
	drafts: (count) =>
		count === 0
			? 'Tout est relu.'
			: `${count} ${count === 1 ? 'brouillon' : 'brouillons'} à relire, marqués « Non vérifié ».`,
	noStates:
		'Pas encore de carte : le récit ne nomme aucun État. Ajoutez-en dans l’onglet « États ».',
	unknownStates: (codes) => `Sans contour sur la carte : ${codes}.`,
	map: 'Carte',
	timeline: 'Frise chronologique',
	events: 'Les faits'
};

const en: PreviewMessages = {
	intro:
		'The map, the timeline and the list of facts as the story page will show them, updated with every change.',
	shapesFailed: 'The country shapes could not be loaded: the map is missing, the table remains.',
	drafts: (count) =>
		count === 0
			? 'Everything is reviewed.'
			: `${count} ${count === 1 ? 'draft' : 'drafts'} to review, marked “Not yet reviewed”.`,
	noStates: 'No map yet: the story names no state. Add some in the “States” tab.',
	unknownStates: (codes) => `No shape on the map for: ${codes}.`,
	map: 'Map',
	timeline: 'Timeline',
	events: 'The facts'
};

export const previewMessages: Record<Language, PreviewMessages> = { fr, en };
