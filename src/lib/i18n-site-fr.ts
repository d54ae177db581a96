/** The site's own strings in French: its pages, beyond the views an embed shows too (`i18n-fr.ts`). */
export const siteFr = {
	siteName: 'Chronomap',
	tagline: 'L’actualité sur une carte et une frise, chaque fait avec sa preuve.',
	studio: 'Faire un récit à partir d’un article : le studio',
	stories: 'Récits',
	publishedOn: 'Publié le',
	outletUnknown: 'Publication non nommée',
	eventsIntro:
		'Chaque événement, dans l’ordre chronologique, avec les mots de l’article ou la source extérieure qui le prouvent.',
	dateWording: 'selon l’article :',
	downloads: 'Télécharger les données',
	downloadJson: 'Jeu de données (JSON)',
	downloadCsv: 'Événements (CSV)',
	downloadSchema: 'Schéma JSON des récits',
	editorialNotes: 'Notes sur le texte',
	publicationDate: 'Date de publication',
	backToStories: 'Tous les récits',
	darkTheme: 'Thème sombre',
	skipToEvents: 'Aller à la chronologie',
	notReporting: 'Hors article',
	sourceArticle: 'L’article, annoté',
	sourceArticleIntro:
		'Le texte tel que publié. Les passages soulignés sont ceux que cite le jeu de données ; ils mènent à l’événement qu’ils prouvent.',
	timelineIntro:
		'Les événements par catégorie, dans le temps. Pleins : affirmés par l’article ; creux : contexte ajouté.',
	inChronology: 'Dans la chronologie',
	backToStory: 'Retour au récit',
	syntheticTitle: 'Récit de synthèse',
	syntheticIntro: (count: string) =>
		`${count} événements inventés, générés dans le navigateur pour éprouver la frise.`,
	syntheticState: 'État',
	syntheticAllStates: 'Tous les États',
	syntheticShown: (count: string) => `${count} événements affichés`,
	explorer: {
		exactDay: 'Jour exact',
		play: 'Lecture',
		pause: 'Pause',
		speed: 'Vitesse',
		speeds: { month: '1 mois par pas', quarter: '3 mois par pas', year: '1 an par pas' },
		language: 'Language',
		otherLanguage: 'English'
	},
	embed: {
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
		intro:
			'Les États membres à la date choisie, et qui est venu au sommet. Choisissez un État pour voir son statut, sa preuve et ses événements.'
	}
};

/** The shape every language's site strings share: the French ones'. */
export type SiteMessages = typeof siteFr;
