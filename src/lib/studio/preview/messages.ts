/** The preview's words in each language of the studio. */
import type { Language } from '../../i18n-core';

export interface PreviewMessages {
	toggle: string;
	heading: string;
	intro: string;
	loading: string;
	shapesFailed: string;
	drafts: (count: number) => string;
	problems: (count: number) => string;
	noStates: string;
	unknownStates: (codes: string) => string;
	map: string;
	timeline: string;
	events: string;
}

const fr: PreviewMessages = {
	toggle: 'Aperçu en direct',
	heading: 'Aperçu',
	intro:
		'La carte, la frise et la liste des faits telles que la page de l’histoire les montrera, à jour à chaque modification.',
	loading: 'Chargement de l’aperçu…',
	shapesFailed:
		'Les contours des pays n’ont pas pu être chargés : la carte manque, le tableau reste.',
	drafts: (count) =>
		count === 0
			? 'Tout est relu.'
			: `${count} ${count === 1 ? 'brouillon' : 'brouillons'} à relire, marqués « Non vérifié ».`,
	problems: (count) =>
		`L’aperçu attend que ${count === 1 ? 'ce problème soit corrigé' : `ces ${count} problèmes soient corrigés`} :`,
	noStates:
		'Pas encore de carte : l’histoire ne nomme aucun État. Ajoutez-en dans l’onglet « États ».',
	unknownStates: (codes) => `Sans contour sur la carte : ${codes}.`,
	map: 'Carte',
	timeline: 'Frise chronologique',
	events: 'Les faits'
};

const en: PreviewMessages = {
	toggle: 'Live preview',
	heading: 'Preview',
	intro:
		'The map, the timeline and the list of facts as the story page will show them, updated with every change.',
	loading: 'Loading the preview…',
	shapesFailed: 'The country shapes could not be loaded: the map is missing, the table remains.',
	drafts: (count) =>
		count === 0
			? 'Everything is reviewed.'
			: `${count} ${count === 1 ? 'draft' : 'drafts'} to review, marked “Not yet reviewed”.`,
	problems: (count) =>
		`The preview waits for ${count === 1 ? 'this problem' : `these ${count} problems`} to be fixed:`,
	noStates: 'No map yet: the story names no state. Add some in the “States” tab.',
	unknownStates: (codes) => `No shape on the map for: ${codes}.`,
	map: 'Map',
	timeline: 'Timeline',
	events: 'The facts'
};

export const previewMessages: Record<Language, PreviewMessages> = { fr, en };
