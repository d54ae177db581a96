/** The studio's own words in French. Only the studio loads them: no story page or embed does. */
export const studioFr = {
	title: 'Studio',
	intro:
		'Transformez un article en récit : le brouillon est préparé dans votre navigateur, vous relisez chaque fait, puis vous publiez.',
	home: 'Tous les récits',
	otherLanguage: 'English',
	loading: 'Chargement du travail enregistré…',
	restoreRefused: (reason: string) =>
		`Le travail enregistré n’a pas pu être repris (${reason}) ; il a été ignoré.`,
	start: {
		heading: 'Commencer',
		fromArticle: 'Depuis un article',
		articleText: 'Texte de l’article',
		articleHelp:
			'Collez le texte, ou déposez ici un fichier .txt ou une page web enregistrée (.html).',
		articleFile: 'Ou choisir un fichier (.txt, .html)',
		published: 'Date de publication',
		language: 'Langue de l’article',
		detect: 'Détecter',
		languages: { fr: 'Français', en: 'Anglais' },
		draft: 'Préparer le brouillon',
		drafting: 'Préparation du brouillon…',
		needText: 'Collez ou déposez d’abord le texte de l’article.',
		needDate: 'Indiquez la date de publication de l’article.',
		fromFolder: 'Ouvrir un récit existant',
		folderFiles: 'story.yaml et son source.txt',
		folderHelp: 'Choisissez les deux fichiers du dossier du récit ensemble.',
		fromImport: 'Importer une frise',
		importFile: 'Fichier TimelineJS (.json) ou tableur (.csv)',
		importHelp:
			'Un export TimelineJS, le modèle Google Sheets de TimelineJS enregistré en CSV, ou un CSV d’événements.',
		refused: (file: string) => `${file} refusé :`,
		htmlLoaded: (name: string) => `Page web ${name} chargée : l’article en sera extrait.`,
		importWarnings: (n: number) =>
			n === 1 ? '1 avertissement de l’import' : `${n} avertissements de l’import`,
		clearHtml: 'Retirer la page web'
	},
	toolbar: {
		label: 'Actions du studio',
		undo: 'Annuler',
		redo: 'Rétablir',
		newStory: 'Nouveau récit',
		confirmNew: 'Abandonner ce récit et en commencer un autre ? Il n’a pas été publié.',
		saved: 'Enregistré dans ce navigateur',
		unpublished: 'modifications non publiées'
	},
	summary: {
		problems: (n: number) =>
			n === 0 ? 'aucun problème' : n === 1 ? '1 problème' : `${n} problèmes`,
		warnings: (n: number) => (n === 1 ? '1 avertissement' : `${n} avertissements`),
		drafts: (n: number) =>
			n === 0 ? 'aucun brouillon' : n === 1 ? '1 brouillon à relire' : `${n} brouillons à relire`,
		details: 'Problèmes et avertissements',
		at: 'à'
	},
	tabs: {
		label: 'Étapes',
		review: 'Relecture',
		context: 'Contexte',
		states: 'États',
		publish: 'Publier',
		preview: 'Aperçu'
	},
	review: {
		article: 'L’article',
		articleHelp:
			'Les passages surlignés prouvent un fait. Sélectionnez un passage pour en faire un fait.',
		fromSelection: 'Créer un fait depuis la sélection',
		selectionHint: 'Sélectionnez d’abord un passage de l’article.',
		quotePassage: 'Citer un passage',
		passage: 'Passage, mot pour mot',
		addPassage: 'Créer le fait',
		notVerbatim: 'Ce passage ne figure pas tel quel dans l’article.',
		facts: 'Faits',
		factsHelp:
			'Acceptez, corrigez ou rejetez chaque fait. Un fait accepté n’est plus un brouillon.',
		noFacts: 'Aucun fait.',
		draft: 'brouillon, non relu',
		accepted: 'relu',
		context: 'contexte ajouté',
		accept: 'Accepter',
		acceptAll: 'Accepter tous les faits',
		edit: 'Modifier',
		reject: 'Rejeter',
		save: 'Enregistrer',
		cancel: 'Annuler',
		proof: 'Preuve',
		problems: 'À corriger',
		others: 'Autres éléments en brouillon',
		othersHelp: 'Adhésions, présences et éléments de page.',
		storyTexts: 'Titre et chapeau du récit',
		story: 'Le récit',
		storyId: 'Identifiant du récit (son dossier et son adresse)',
		storyIdHelp: 'Minuscules, chiffres et tirets : « asean-vientiane-summit ».',
		storyTitle: (lang: string) => `Titre du récit (${lang})`,
		storyDek: (lang: string) => `Chapeau du récit (${lang})`,
		lists: {
			events: 'Fait',
			places: 'Lieu',
			actors: 'Acteur',
			memberships: 'Adhésion',
			attendance: 'Présence',
			furniture: 'Élément de page'
		}
	},
	fields: {
		title: (lang: string) => `Titre (${lang})`,
		summary: (lang: string) => `Résumé (${lang})`,
		category: 'Catégorie',
		dateLegend: 'Date',
		places: 'Lieux',
		actors: 'Personnes et organisations',
		date: 'Date, en mots',
		dateHelp: 'Comme l’article la dit : « jeudi », « en février dernier », « le 15 mai 1992 ».',
		resolved: 'Date retenue :',
		unreadable: 'Ces mots ne donnent pas de date.',
		precision: 'Précision',
		precisions: { day: 'Jour', month: 'Mois', year: 'Année' },
		approximate: 'Approximative',
		morePrecise: 'Plus précis que les mots : la précision des mots est gardée, rien n’est inventé.',
		languages: { fr: 'français', en: 'anglais' }
	},
	context: {
		heading: 'Ajouter un fait de contexte',
		help: 'Un fait qui ne vient pas de l’article, avec sa source extérieure : archives officielles, agences, médias établis.',
		publisher: 'Éditeur de la source',
		url: 'Adresse (URL)',
		kind: 'Type de source',
		kinds: {
			official: 'Source officielle',
			wire: 'Agence de presse',
			press: 'Média',
			reference: 'Ouvrage de référence',
			other: 'Autre'
		},
		pageTitle: 'Titre de la page (facultatif)',
		pageDate: 'Date de la page, en mots (facultatif)',
		pageLanguage: 'Langue de la page, si ce n’est pas celle du récit (facultatif)',
		pageLanguageHelp: 'Son code : « id » pour l’indonésien, « ru » pour le russe.',
		says: 'Ce que dit la source (en anglais)',
		fact: (lang: string) => `Le fait, en une phrase (${lang})`,
		factDate: 'Date du fait, en mots',
		add: 'Ajouter le fait de contexte',
		added: 'Fait de contexte ajouté.',
		rejected: (why: string) => `Source refusée : ${why}.`,
		badUrl: 'Cette adresse n’est pas une URL http(s).',
		undated:
			'Page sans date : une source non datée est faible ; donnez sa date si elle en montre une.',
		weakKind: 'Source de type « autre » : dites dans une note pourquoi elle est utilisée.',
		missing: 'Éditeur, adresse, ce que dit la source, le fait et sa date sont nécessaires.'
	},
	states: {
		heading: 'Adhésions et présence',
		help: 'Les États de l’organisation, leurs intervalles d’adhésion et leur statut le jour du récit.',
		caption: 'États, adhésion et statut le jour du récit',
		state: 'État',
		from: 'Membre depuis',
		to: 'Jusqu’à',
		dayStatus: 'Statut le jour du récit',
		attendance: 'Au sommet',
		statuses: { host: 'hôte', present: 'présent', absent: 'absent', none: '—' },
		member: 'membre',
		notMember: 'non membre',
		add: 'Ajouter un État',
		country: 'Pays',
		chooseCountry: 'Choisir un pays',
		proof: 'Preuve de l’adhésion ou d’un nouveau statut',
		addState: 'Ajouter l’adhésion',
		needProof:
			'Une adhésion a besoin d’une preuve : un passage de l’article, mot pour mot, ou une source extérieure.',
		datesHelp: 'En mots ou en chiffres : « 1993 », « février 2024 », « 2024-02-22 ».',
		apply: 'Prouver',
		applyProof: 'Prouver le statut par la preuve ci-dessous',
		statusProofNeeded:
			'Un nouveau statut a besoin d’une preuve : donnez-la d’abord sous le tableau.'
	},
	notes: {
		heading: 'Notes',
		add: 'Ajouter une note',
		kind: 'Type de note',
		kinds: {
			clarification: 'Précision',
			correction: 'Correction',
			editorial: 'Note de la rédaction'
		},
		text: (lang: string) => `Texte de la note (${lang})`,
		proofs: 'Preuves de la note',
		proof: 'Une preuve de la note',
		addProof: 'Ajouter la preuve à la note',
		addNote: 'Ajouter la note',
		needs: 'Une note a besoin de son texte en anglais et d’au moins une preuve.',
		remove: 'Retirer la note',
		storyHeading: 'Notes sur l’histoire',
		storyHelp:
			'Les notes sur le média, comment la date de publication a été établie (une note, qu’une nouvelle remplace) et les notes de la rédaction.',
		outletName: 'Nom du média',
		outlet: 'Notes sur le média',
		established: 'Comment la date de publication a été établie',
		editorial: 'Notes de la rédaction sur l’histoire',
		onState: 'Notes sur une adhésion ou un statut',
		target: 'Adhésion ou statut',
		chooseTarget: 'Choisir…',
		membershipOf: (name: string) => `Adhésion\u00a0: ${name}`,
		statusOf: (name: string) => `Au sommet\u00a0: ${name}`,
		notesOf: (name: string) => `Notes\u00a0: ${name}`
	},
	actors: {
		heading: 'Personnes et organisations',
		help: 'Ajoutez celles que le moteur a manquées, corrigez un brouillon, retirez une erreur. Enregistrer vaut acceptation.',
		add: 'Ajouter une personne ou une organisation',
		edit: 'Modifier',
		remove: 'Retirer',
		kind: 'Type',
		kinds: { person: 'Personne', organisation: 'Organisation' },
		id: 'Identifiant (minuscules, chiffres et tirets)',
		name: (lang: string) => `Nom (${lang})`,
		country: 'Pays',
		noCountry: 'Aucun',
		role: (lang: string) => `Fonction ou titre, tel que l’article le donne (${lang})`,
		proofs: 'Preuves de la fonction',
		orgProofs: 'Preuves du nom',
		idTaken: 'Une autre personne ou organisation a cet identifiant.',
		needs: 'Donnez un nom et au moins une preuve.'
	},
	places: {
		heading: 'Lieux',
		help: 'Corrigez un lieu du brouillon (nom, pays, coordonnées), acceptez-le, ajoutez celui que le moteur a manqué, retirez celui qu’aucun fait n’utilise. Enregistrer vaut acceptation.',
		add: 'Ajouter un lieu',
		editing: (name: string) => `Modifier le lieu ${name}`,
		newPlace: 'Nouveau lieu',
		edit: 'Modifier',
		accept: 'Accepter',
		remove: 'Retirer',
		kind: 'Type de lieu',
		kinds: { city: 'Ville', site: 'Site', country: 'Pays' },
		id: 'Identifiant (minuscules, chiffres et tirets ; vide : tiré du nom)',
		name: (lang: string) => `Nom du lieu (${lang})`,
		country: 'Pays',
		chooseCountry: 'Choisir un pays',
		find: 'Chercher une ville par son nom',
		findHelp:
			'Choisir une ville remplit son pays et ses coordonnées, prouvés par sa fiche GeoNames.',
		loading: 'Chargement des villes…',
		found: 'Villes trouvées',
		none: 'Aucune ville de la table n’a ce nom : saisissez ses coordonnées.',
		pick: (city: string, country: string, lat: number, lon: number) =>
			`${city}, ${country} (${lat}, ${lon})`,
		picked: (city: string) => `${city} choisie : pays et coordonnées remplis.`,
		latitude: 'Latitude (degrés décimaux, de −90 à 90)',
		longitude: 'Longitude (degrés décimaux, de −180 à 180)',
		proofs: 'Preuves du lieu et de ses coordonnées',
		usedBy: (place: string, facts: string[], states: number) =>
			`${place} ne peut être retiré : ${[
				facts.length > 0 &&
					`${facts.length === 1 ? 'le fait' : `les ${facts.length} faits`} ${facts.map((f) => `« ${f} »`).join(', ')} ${facts.length === 1 ? 'le cite' : 'le citent'}`,
				states > 0 &&
					`${states === 1 ? 'une ligne' : `${states} lignes`} de l’onglet États en ${states === 1 ? 'a' : 'ont'} besoin`
			]
				.filter(Boolean)
				.join(' ; ')}. Retirez-l’en d’abord.`,
		problems: {
			name: 'Donnez le nom du lieu dans la langue du récit et en anglais.',
			country: 'Choisissez un pays.',
			'lat-missing': 'Donnez la latitude, ou choisissez une ville.',
			'lat-number': 'La latitude est un nombre en degrés décimaux, comme 17.967.',
			'lat-range': 'La latitude est comprise entre −90 et 90.',
			'lon-missing': 'Donnez la longitude, ou choisissez une ville.',
			'lon-number': 'La longitude est un nombre en degrés décimaux, comme 102.6.',
			'lon-range': 'La longitude est comprise entre −180 et 180.',
			proof: 'Donnez au moins une preuve : un passage de l’article ou une source.',
			id: 'L’identifiant ne prend que des minuscules, des chiffres et des tirets.',
			'id-taken': 'Un autre lieu a cet identifiant.'
		}
	},
	proofs: {
		heading: 'Preuves',
		quote: 'Passage de l’article, mot pour mot',
		source: 'Source extérieure',
		noSource: 'Aucune',
		newSource: 'Une nouvelle source…',
		detail: 'Ce qu’elle dit (en anglais)',
		add: 'Ajouter la preuve',
		addLegend: 'Une autre preuve',
		remove: 'Retirer',
		problems: {
			empty: 'Donnez un passage de l’article ou une source.',
			'not-verbatim': 'Ce passage ne figure pas tel quel dans l’article.',
			'source-incomplete': 'Une nouvelle source a besoin de son éditeur et de son adresse.',
			'source-refused': 'Cette source est refusée.'
		}
	},
	publish: {
		heading: 'Publier',
		help: 'Téléchargez le dossier du récit (story.yaml et source.txt) à déposer dans data/stories/.',
		blocked: 'Le récit a encore des problèmes : corrigez-les avant de publier.',
		draftsLeft: (n: number) =>
			n === 1
				? '1 élément reste en brouillon : il sera publié marqué « non relu ».'
				: `${n} éléments restent en brouillon : ils seront publiés marqués « non relus ».`,
		zip: 'Télécharger le dossier (zip)',
		timelineJs: 'Exporter en TimelineJS (JSON)',
		csv: 'Exporter les événements (CSV)',
		saveTo: (folder: string) => `Enregistrer dans ${folder}`,
		overwrite: 'Remplacer le récit s’il existe déjà',
		saved: (folder: string) => `Enregistré dans ${folder}.`,
		notSaved: 'Non enregistré :',
		done: 'Dossier téléchargé.'
	},
	preview: {
		heading: 'Aperçu',
		loading: 'Chargement de l’aperçu…',
		invalid: 'L’aperçu s’affiche quand le récit n’a plus de problème.'
	},
	leave: 'Des modifications ne sont pas publiées. Quitter quand même ?'
};

export type StudioMessages = typeof studioFr;
