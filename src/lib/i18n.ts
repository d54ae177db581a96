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
	laneInView: (shown: string, grouped: string) =>
		`${shown} événements dans la vue, dont ${grouped} regroupés : zoomer pour les voir`,
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
	syntheticState: 'État',
	syntheticAllStates: 'Tous les États',
	syntheticShown: (count: string) => `${count} événements affichés`,
	loading: 'Chargement…',
	explorer: {
		filters: 'Filtrer',
		shown: (shown: string, total: string) => `${shown} événements affichés sur ${total}`,
		clear: 'Effacer les filtres',
		categories: 'Catégories',
		origins: 'Sources',
		countries: 'États',
		onlyCountry: (name: string) => `Ne montrer que les événements : ${name}`,
		countryEvents: (name: string, count: string) =>
			`${name} : ${count} événements mis en avant sur la frise.`,
		eventPlaces: (title: string, places: string) =>
			`Lieux de « ${title} » sur la carte : ${places}.`,
		date: 'Date de la carte',
		play: 'Lecture',
		pause: 'Pause',
		speed: 'Vitesse',
		speeds: { month: '1 mois par pas', quarter: '3 mois par pas', year: '1 an par pas' },
		language: 'Language',
		otherLanguage: 'English',
		backToPassage: 'Voir le passage dans l’article'
	},
	embed: {
		views: {
			map: 'Carte des membres',
			timeline: 'Frise chronologique',
			explorer: 'Carte et frise'
		},
		source: (text: string) => `Source : ${text}`,
		madeWith: 'Réalisé avec Chronomap',
		fullStory: 'Le récit complet et ses preuves',
		newTab: '(nouvel onglet)',
		data: 'Données :',
		image: 'Image :',
		staticImage: 'Image fixe de la vue, sans interactivité.',
		mapAlt: (organisation: string, date: string, groups: string) =>
			`Carte des membres de ${organisation} au ${date}. ${groups}`,
		timelineAlt: (count: string, from: string, to: string) =>
			`Frise chronologique de ${count} événements, de ${from} à ${to}.`,
		open: 'Intégrer',
		openLong: 'Intégrer la carte ou la frise dans une page',
		dialogTitle: 'Intégrer dans votre page',
		dialogIntro:
			'Collez ce code dans votre page. Le cadre prend la hauteur de son contenu ; la vue fonctionne sans connexion à un autre site.',
		view: 'Vue',
		language: 'Langue',
		languages: { fr: 'Français', en: 'Anglais' },
		theme: 'Thème',
		themes: { light: 'Clair', dark: 'Sombre', auto: 'Selon le système du lecteur' },
		hideTitle: 'Masquer le titre',
		keepView: 'Garder la sélection actuelle (date, événement, État, filtres)',
		code: 'Code à coller',
		copy: 'Copier le code',
		copied: 'Code copié.',
		copyFailed: 'Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C.',
		preview: 'Aperçu',
		close: 'Fermer',
		downloadImage: 'Télécharger l’image',
		galleryTitle: 'Intégrations',
		galleryIntro:
			'Chaque vue de chaque récit, prête à intégrer : un cadre qui s’ajuste à son contenu, avec le script de redimensionnement de Chronomap.',
		placesGeojson: 'Lieux (GeoJSON)',
		sectionTitle: 'Intégrer et réutiliser',
		sectionIntro:
			'La carte et la frise s’intègrent dans une autre page, en un cadre léger qui s’ajuste à son contenu ; les images et les données sont libres de téléchargement.',
		gallery: 'Toutes les intégrations',
		imageOf: (view: string) => `Image : ${view}`,
		noSelection: 'Aucune sélection en cours sur cette page.'
	},
	map: {
		title: 'Carte des membres de l’organisation',
		intro:
			'Les États membres à la date choisie, et qui est venu au sommet. Choisissez un État pour voir son statut, sa preuve et ses événements.',
		label: 'Carte des États membres',
		help: 'Tab : passer d’un État à l’autre ; Entrée ou Espace : l’ouvrir ; flèches : déplacer la carte ; + et − : zoomer.',
		dateLabel: 'Situation au',
		summitDay: 'jour du sommet',
		backToSummit: 'Revenir au jour du sommet',
		resetView: 'Recentrer la carte',
		zoomIn: 'Zoomer',
		zoomOut: 'Dézoomer',
		loading: 'Chargement de la carte…',
		failed: 'La carte n’a pas pu être chargée. Le tableau ci-dessous donne les mêmes informations.',
		scrollHint: 'Cliquez sur la carte pour zoomer à la molette.',
		legend: 'Légende',
		eventPlace: 'Lieu d’un événement',
		otherState: 'Autre pays (contexte)',
		close: 'Fermer',
		statusOn: 'Statut au',
		proof: 'Preuve',
		memberships: 'Adhésion',
		noMembership: 'Jamais membre selon les données.',
		since: 'depuis le',
		ended: { withdrew: 'retrait', suspended: 'suspension' },
		eventsOf: 'Événements',
		noEvents: 'Aucun événement de la chronologie.',
		table: 'Tableau des États, de leur statut et des preuves',
		state: 'État',
		status: 'Statut',
		source: 'Natural Earth',
		/** Legend entries. */
		legendStatus: {
			host: 'Pays hôte du sommet',
			present: 'Membre présent au sommet',
			absent: 'Membre absent du sommet',
			member: 'Membre',
			former: 'Ancien membre',
			'non-member': 'Non membre'
		}
	}
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
	laneInView: (shown: string, grouped: string) =>
		`${shown} events in view, ${grouped} of them grouped: zoom in to see them`,
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
	syntheticState: 'State',
	syntheticAllStates: 'All states',
	syntheticShown: (count: string) => `${count} events shown`,
	loading: 'Loading…',
	explorer: {
		filters: 'Filter',
		shown: (shown: string, total: string) => `${shown} of ${total} events shown`,
		clear: 'Clear filters',
		categories: 'Categories',
		origins: 'Sources',
		countries: 'States',
		onlyCountry: (name: string) => `Show only the events of ${name}`,
		countryEvents: (name: string, count: string) =>
			`${name}: ${count} events brought forward on the timeline.`,
		eventPlaces: (title: string, places: string) => `Places of “${title}” on the map: ${places}.`,
		date: 'Map date',
		play: 'Play',
		pause: 'Pause',
		speed: 'Speed',
		speeds: { month: '1 month a step', quarter: '3 months a step', year: '1 year a step' },
		language: 'Langue',
		otherLanguage: 'Français',
		backToPassage: 'See the passage in the article'
	},
	embed: {
		views: { map: 'Membership map', timeline: 'Timeline', explorer: 'Map and timeline' },
		source: (text: string) => `Source: ${text}`,
		madeWith: 'Made with Chronomap',
		fullStory: 'The full story and its proof',
		newTab: '(opens in a new tab)',
		data: 'Data:',
		image: 'Image:',
		staticImage: 'A still image of the view, without interaction.',
		mapAlt: (organisation: string, date: string, groups: string) =>
			`Map of the members of ${organisation} on ${date}. ${groups}`,
		timelineAlt: (count: string, from: string, to: string) =>
			`Timeline of ${count} events, from ${from} to ${to}.`,
		open: 'Embed',
		openLong: 'Embed the map or the timeline in a page',
		dialogTitle: 'Embed in your page',
		dialogIntro:
			'Paste this code into your page. The frame takes the height of its content; the view needs no other site to work.',
		view: 'View',
		language: 'Language',
		languages: { fr: 'French', en: 'English' },
		theme: 'Theme',
		themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s system' },
		hideTitle: 'Hide the title',
		keepView: 'Keep the current selection (date, event, state, filters)',
		code: 'Code to paste',
		copy: 'Copy the code',
		copied: 'Code copied.',
		copyFailed: 'Could not copy: the code is selected, copy it with Ctrl+C.',
		preview: 'Preview',
		close: 'Close',
		downloadImage: 'Download the image',
		galleryTitle: 'Embeds',
		galleryIntro:
			'Every view of every story, ready to embed: a frame that fits its content, with Chronomap’s resize script.',
		placesGeojson: 'Places (GeoJSON)',
		sectionTitle: 'Embed and reuse',
		sectionIntro:
			'The map and the timeline can be embedded in another page, in a light frame that fits its content; the images and the data are free to download.',
		gallery: 'All embeds',
		imageOf: (view: string) => `Image: ${view}`,
		noSelection: 'Nothing is selected on this page.'
	},
	map: {
		title: 'Map of the organisation’s members',
		intro:
			'The member states on the chosen date, and who came to the summit. Choose a state to see its status, the proof and its events.',
		label: 'Map of the member states',
		help: 'Tab: move from state to state; Enter or Space: open it; arrow keys: pan the map; + and −: zoom.',
		dateLabel: 'As of',
		summitDay: 'summit day',
		backToSummit: 'Back to the summit day',
		resetView: 'Reset the view',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		loading: 'Loading the map…',
		failed: 'The map could not be loaded. The table below gives the same information.',
		scrollHint: 'Click the map to zoom with the scroll wheel.',
		legend: 'Legend',
		eventPlace: 'Place of an event',
		otherState: 'Other country (context)',
		close: 'Close',
		statusOn: 'Status on',
		proof: 'Proof',
		memberships: 'Membership',
		noMembership: 'Never a member in the data.',
		since: 'since',
		ended: { withdrew: 'withdrew', suspended: 'suspended' },
		eventsOf: 'Events',
		noEvents: 'No event in the chronology.',
		table: 'Table of the states, their status and the proof',
		state: 'State',
		status: 'Status',
		source: 'Natural Earth',
		legendStatus: {
			host: 'Host of the summit',
			present: 'Member present at the summit',
			absent: 'Member absent from the summit',
			member: 'Member',
			former: 'Former member',
			'non-member': 'Not a member'
		}
	}
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

/**
 * French names of countries ending in -e are feminine ("la Russie", "l’Arménie"), save a
 * few ("le Mexique"); the others are masculine ("le Kazakhstan"). Adjectives agree.
 */
const MASCULINE_IN_E = ['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname'];
export function isFeminineFr(name: string): boolean {
	const word = name.split(/[\s(]/)[0] ?? name;
	return word.endsWith('e') && !MASCULINE_IN_E.includes(word);
}

/** How a state's status reads, after its name: "membre, absente du sommet de Minsk". */
export function statusPhrase(
	status: 'host' | 'present' | 'absent' | 'member' | 'former' | 'non-member',
	language: Language,
	{ name, summitPlace }: { name: string; summitPlace?: string }
): string {
	const f = language === 'fr' && isFeminineFr(name);
	if (language === 'fr') {
		const summit = summitPlace ? `sommet de ${summitPlace}` : 'sommet';
		return {
			host: `membre, hôte du ${summit}`,
			present: `membre, ${f ? 'présente' : 'présent'} au ${summit}`,
			absent: `membre, ${f ? 'absente' : 'absent'} du ${summit}`,
			member: 'membre',
			former: 'ancien membre',
			'non-member': 'non membre'
		}[status];
	}
	const summit = summitPlace ? `the ${summitPlace} summit` : 'the summit';
	return {
		host: `member, host of ${summit}`,
		present: `member, present at ${summit}`,
		absent: `member, absent from ${summit}`,
		member: 'member',
		former: 'former member',
		'non-member': 'not a member'
	}[status];
}

/** The word shown after a state's name on the map, when its status needs one: "absente", "hôte". */
export function statusTag(
	status: 'host' | 'present' | 'absent' | 'member' | 'former' | 'non-member',
	language: Language,
	name: string
): string {
	if (status === 'absent') return language === 'fr' && isFeminineFr(name) ? 'absente' : 'absent';
	if (status === 'host') return language === 'fr' ? 'hôte' : 'host';
	return '';
}
