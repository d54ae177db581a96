/**
 * Interface strings in each language the product speaks. Story content comes from the
 * dataset; only the product's own words live here.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
	return (LANGUAGES as readonly string[]).includes(value);
}

const fr = {
	siteName: 'Chronomap',
	tagline: 'L’actualité sur une carte et une frise, chaque fait avec sa preuve.',
	stories: 'Récits',
	publishedOn: 'Publié le',
	by: 'Par',
	agency: 'Agence',
	outletUnknown: 'Publication non nommée',
	events: 'Chronologie des événements',
	eventsIntro:
		'Chaque événement, dans l’ordre chronologique, avec les mots de l’article ou la source extérieure qui le prouvent.',
	article: 'Article',
	context: 'Contexte',
	articleLong: 'Affirmation de l’article',
	contextLong: 'Contexte ajouté, de sources extérieures',
	quoteFromArticle: 'Citation de l’article',
	outsideSource: 'Source extérieure',
	note: 'Note',
	correction: 'Correction',
	clarification: 'Précision',
	editorial: 'Note éditoriale',
	places: 'Lieux',
	actors: 'Acteurs',
	dateWording: 'selon l’article :',
	downloads: 'Télécharger les données',
	downloadJson: 'Jeu de données (JSON)',
	downloadCsv: 'Événements (CSV)',
	downloadSchema: 'Schéma JSON des récits',
	editorialNotes: 'Notes sur le texte',
	publicationDate: 'Date de publication',
	backToStories: 'Tous les récits',
	skipToEvents: 'Aller à la chronologie',
	category: {
		summit: 'Sommet',
		meeting: 'Réunion',
		statement: 'Déclaration',
		visit: 'Visite',
		'armed-conflict': 'Conflit armé',
		membership: 'Adhésion',
		treaty: 'Traité',
		agreement: 'Accord',
		report: 'Rapport'
	},
	partOfDay: { morning: 'matin', afternoon: 'après-midi', evening: 'soir', night: 'nuit' },
	approximately: 'vers',
	uncertain: 'date incertaine',
	notReporting: 'Hors article',
	sourceArticle: 'L’article, annoté',
	sourceArticleIntro:
		'Le texte tel que publié. Les passages soulignés sont ceux que cite le jeu de données ; ils mènent à l’événement qu’ils prouvent.'
};

export type Messages = typeof fr;

const en: Messages = {
	siteName: 'Chronomap',
	tagline: 'News on a map and a timeline, every fact with its proof.',
	stories: 'Stories',
	publishedOn: 'Published',
	by: 'By',
	agency: 'Agency',
	outletUnknown: 'Publication not named',
	events: 'Chronology of events',
	eventsIntro:
		'Every event in time order, with the article’s words or the outside source that proves it.',
	article: 'Article',
	context: 'Context',
	articleLong: 'Claim made by the article',
	contextLong: 'Added context from outside sources',
	quoteFromArticle: 'Quote from the article',
	outsideSource: 'Outside source',
	note: 'Note',
	correction: 'Correction',
	clarification: 'Clarification',
	editorial: 'Editorial note',
	places: 'Places',
	actors: 'Actors',
	dateWording: 'in the article:',
	downloads: 'Download the data',
	downloadJson: 'Dataset (JSON)',
	downloadCsv: 'Events (CSV)',
	downloadSchema: 'Story JSON Schema',
	editorialNotes: 'Notes on the text',
	publicationDate: 'Publication date',
	backToStories: 'All stories',
	skipToEvents: 'Skip to the chronology',
	category: {
		summit: 'Summit',
		meeting: 'Meeting',
		statement: 'Statement',
		visit: 'Visit',
		'armed-conflict': 'Armed conflict',
		membership: 'Membership',
		treaty: 'Treaty',
		agreement: 'Agreement',
		report: 'Report'
	},
	partOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
	approximately: 'about',
	uncertain: 'uncertain date',
	notReporting: 'Not part of the article',
	sourceArticle: 'The article, annotated',
	sourceArticleIntro:
		'The text as published. Underlined passages are those the dataset quotes; they lead to the event they prove.'
};

export const messages: Record<Language, Messages> = { fr, en };

/** Text from the dataset in the wanted language, falling back to English, then any. */
export function localized(text: Record<string, string>, language: string): string {
	return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Pages under `/en/` are in English; the rest speak the default language. */
export function languageOfPath(pathname: string): Language {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'fr';
}
