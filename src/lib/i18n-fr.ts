/** The interface strings in French, the language of the site's root. */
export const fr = {
	/** What goes between a label and its value: French puts a no-break space before the colon. */
	colon: '\u00a0: ',
	by: 'Par',
	bylineRepublisher: 'Signature de la page qui a republié la copie',
	agency: 'Agence',
	events: 'Chronologie des événements',
	article: 'Article',
	context: 'Contexte',
	articleLong: 'Affirmation de l’article',
	contextLong: 'Contexte ajouté, de sources extérieures',
	/** A machine-drafted fact that no person has accepted yet. */
	notReviewed: 'Non vérifié',
	draftStory: 'Brouillon automatique : non vérifié',
	quoteFromArticle: 'Citation de l’article',
	/** An interval that runs on: "depuis le 22 février 2024", "depuis 1993". */
	since: (date: string, precision: 'year' | 'month' | 'day' | 'time') =>
		precision === 'day' || precision === 'time' ? `depuis le ${date}` : `depuis ${date}`,
	outsideSource: 'Source extérieure',
	sourceKind: {
		official: 'Source officielle',
		wire: 'Agence de presse',
		press: 'Presse',
		reference: 'Ouvrage de référence',
		other: 'Autre source'
	},
	note: 'Note',
	correction: 'Correction',
	clarification: 'Précision',
	editorial: 'Note éditoriale',
	places: 'Lieux',
	actors: 'Acteurs',
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
	timeline: 'Frise chronologique',
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
		interval: 'intervalle',
		openInterval: 'intervalle en cours'
	},
	approximateDate: 'approximative',
	uncertainDate: 'incertaine',
	eventPage: 'Page de l’événement',
	cardLoading: 'Chargement du résumé et des preuves…',
	notes: 'Notes et corrections',
	proof: 'Preuves',
	announce: (title: string, date: string, origin: string) => `${title}, ${date}, ${origin}.`,
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
		detailsFailed:
			'Le résumé et les preuves des événements n’ont pas pu être chargés ; le récit complet les donne.',
		filtered: (shown: string, total: string) => `Filtré : ${shown} événements sur ${total}.`
	},
	map: {
		title: 'Carte des membres de l’organisation',
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
		/** The inset that draws the story's small states large: "Détail : Arménie". */
		inset: (names: string) => `Détail\u00a0: ${names}`,
		locator: 'Zone du détail',
		eventPlace: 'Lieu d’un événement',
		otherState: 'Autre pays (contexte)',
		close: 'Fermer',
		statusOn: 'Statut au',
		proof: 'Preuve',
		memberships: 'Adhésion',
		noMembership: 'Jamais membre selon les données.',
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
			frozen: 'Membre, participation gelée',
			former: 'Ancien membre',
			'non-member': 'Non membre',
			unknown: 'Appartenance non précisée'
		}
	}
};

/** The shape every language's strings share: the French ones'. */
export type Messages = typeof fr;
