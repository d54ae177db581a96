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
		'Le texte tel que publié. Les passages soulignés sont ceux que cite le jeu de données ; ils mènent à l’événement qu’ils prouvent.',
	timeline: 'Frise chronologique',
	timelineIntro:
		'Les événements par catégorie, dans le temps. Pleins : affirmés par l’article ; creux : contexte ajouté.',
	timelineLabel: 'Frise chronologique des événements',
	timelineHelp:
		'Flèches : événement précédent ou suivant · Entrée : fiche · + et − : zoom · Début, Fin : premier, dernier.',
	wheelHint: 'Ctrl + molette ou pincer pour zoomer, glisser pour se déplacer.',
	zoomIn: 'Zoomer',
	zoomOut: 'Dézoomer',
	zoomDefault: 'Vue initiale',
	zoomAll: 'Tout afficher',
	lanes: {
		summits: 'Sommets et réunions',
		statements: 'Déclarations',
		visits: 'Visites',
		conflict: 'Conflits armés',
		membership: 'Adhésions et traités'
	},
	legend: 'Légende',
	legendDay: 'Un jour',
	legendPartOfDay: 'Une partie du jour',
	legendSpan: 'Un mois, une année, un intervalle',
	legendApproximate: '≈ date approximative',
	legendUncertain: '? date incertaine',
	legendCount: 'Autres événements à cet endroit : zoomer pour les voir',
	grouped: (count: string) => `${count} autres événements ici, zoomer pour les voir`,
	card: 'Fiche de l’événement',
	close: 'Fermer',
	wordedAs: 'Selon l’article',
	resolvedDate: 'Date retenue',
	precision: 'Précision',
	precisionName: {
		year: 'année',
		month: 'mois',
		day: 'jour',
		time: 'heure',
		partOfDay: 'partie du jour',
		interval: 'intervalle'
	},
	approximateDate: 'approximative',
	uncertainDate: 'incertaine',
	eventPage: 'Page de l’événement',
	inChronology: 'Dans la chronologie',
	backToStory: 'Retour au récit',
	notes: 'Notes et corrections',
	proof: 'Preuves',
	announce: (title: string, date: string, origin: string) => `${title}, ${date}, ${origin}.`,
	syntheticTitle: 'Récit de synthèse',
	syntheticIntro: (count: string) =>
		`${count} événements inventés, générés dans le navigateur pour éprouver la frise.`,
	loading: 'Chargement…'
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
		'The text as published. Underlined passages are those the dataset quotes; they lead to the event they prove.',
	timeline: 'Timeline',
	timelineIntro:
		'Events by category, over time. Solid: claimed by the article; hollow: added context.',
	timelineLabel: 'Timeline of the events',
	timelineHelp:
		'Arrows: previous or next event · Enter: details · + and −: zoom · Home, End: first, last.',
	wheelHint: 'Ctrl + wheel or pinch to zoom, drag to move.',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomDefault: 'Initial view',
	zoomAll: 'Show all',
	lanes: {
		summits: 'Summits and meetings',
		statements: 'Statements',
		visits: 'Visits',
		conflict: 'Armed conflict',
		membership: 'Membership and treaties'
	},
	legend: 'Key',
	legendDay: 'A day',
	legendPartOfDay: 'Part of a day',
	legendSpan: 'A month, a year, an interval',
	legendApproximate: '≈ approximate date',
	legendUncertain: '? uncertain date',
	legendCount: 'More events here: zoom in to see them',
	grouped: (count: string) => `${count} more events here, zoom in to see them`,
	card: 'Event details',
	close: 'Close',
	wordedAs: 'As the article puts it',
	resolvedDate: 'Resolved date',
	precision: 'Precision',
	precisionName: {
		year: 'year',
		month: 'month',
		day: 'day',
		time: 'time',
		partOfDay: 'part of a day',
		interval: 'interval'
	},
	approximateDate: 'approximate',
	uncertainDate: 'uncertain',
	eventPage: 'Event page',
	inChronology: 'In the chronology',
	backToStory: 'Back to the story',
	notes: 'Notes and corrections',
	proof: 'Proof',
	announce: (title: string, date: string, origin: string) => `${title}, ${date}, ${origin}.`,
	syntheticTitle: 'Synthetic story',
	syntheticIntro: (count: string) =>
		`${count} made-up events, generated in the browser to try the timeline.`,
	loading: 'Loading…'
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
