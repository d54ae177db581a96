import type { StudioMessages } from './i18n-fr';

/** The studio's own words in English. */
export const studioEn: StudioMessages = {
	title: 'Studio',
	intro:
		'Turn an article into a story: the draft is made in your browser, you review every fact, then you publish.',
	home: 'All stories',
	otherLanguage: 'Français',
	loading: 'Loading the saved work…',
	restoreRefused: (reason) => `The saved work could not be taken up (${reason}); it was set aside.`,
	start: {
		heading: 'Start',
		fromArticle: 'From an article',
		articleText: 'Text of the article',
		articleHelp: 'Paste the text, or drop a .txt file or a saved web page (.html) here.',
		articleFile: 'Or choose a file (.txt, .html)',
		published: 'Publication date',
		language: 'Language of the article',
		detect: 'Detect',
		languages: { fr: 'French', en: 'English' },
		draft: 'Draft the story',
		drafting: 'Drafting…',
		needText: 'Paste or drop the text of the article first.',
		needDate: 'Give the article’s publication date.',
		fromFolder: 'Open an existing story',
		folderFiles: 'story.yaml and its source.txt',
		folderHelp: 'Choose both files of the story’s folder together.',
		fromImport: 'Import a timeline',
		importFile: 'TimelineJS file (.json) or spreadsheet (.csv)',
		importHelp:
			'A TimelineJS export, the TimelineJS Google Sheets template saved as CSV, or a CSV of events.',
		refused: (file) => `${file} refused:`,
		htmlLoaded: (name) => `Web page ${name} loaded: the article will be extracted from it.`,
		importWarnings: (n) => (n === 1 ? '1 import warning' : `${n} import warnings`),
		clearHtml: 'Remove the web page'
	},
	toolbar: {
		label: 'Studio actions',
		undo: 'Undo',
		redo: 'Redo',
		newStory: 'New story',
		confirmNew: 'Drop this story and start another? It has not been published.',
		saved: 'Saved in this browser',
		unpublished: 'unpublished changes'
	},
	summary: {
		problems: (n) => (n === 0 ? 'no problem' : n === 1 ? '1 problem' : `${n} problems`),
		warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
		drafts: (n) => (n === 0 ? 'no draft' : n === 1 ? '1 draft to review' : `${n} drafts to review`),
		details: 'Problems and warnings',
		at: 'at'
	},
	tabs: {
		label: 'Steps',
		review: 'Review',
		context: 'Context',
		states: 'States',
		publish: 'Publish',
		preview: 'Preview'
	},
	review: {
		article: 'The article',
		articleHelp: 'Highlighted passages prove a fact. Select a passage to make a fact of it.',
		fromSelection: 'Make a fact from the selection',
		selectionHint: 'Select a passage of the article first.',
		quotePassage: 'Quote a passage',
		passage: 'Passage, word for word',
		addPassage: 'Make the fact',
		notVerbatim: 'This passage is not in the article as written.',
		facts: 'Facts',
		factsHelp: 'Accept, correct or reject each fact. An accepted fact is no longer a draft.',
		noFacts: 'No facts.',
		draft: 'draft, not yet reviewed',
		accepted: 'reviewed',
		context: 'added context',
		accept: 'Accept',
		acceptAll: 'Accept all facts',
		edit: 'Edit',
		reject: 'Reject',
		save: 'Save',
		cancel: 'Cancel',
		proof: 'Proof',
		problems: 'To fix',
		others: 'Other draft entries',
		othersHelp: 'Places, people, organisations, memberships, attendance and page furniture.',
		storyTexts: 'The story’s title and standfirst',
		lists: {
			events: 'Fact',
			places: 'Place',
			actors: 'Actor',
			memberships: 'Membership',
			attendance: 'Attendance',
			furniture: 'Page furniture'
		}
	},
	fields: {
		title: (lang) => `Title (${lang})`,
		summary: (lang) => `Summary (${lang})`,
		category: 'Category',
		dateLegend: 'Date',
		date: 'Date, in words',
		dateHelp: 'As the article says it: “Thursday”, “last February”, “on 15 May 1992”.',
		resolved: 'Date kept:',
		unreadable: 'These words give no date.',
		precision: 'Precision',
		precisions: { day: 'Day', month: 'Month', year: 'Year' },
		approximate: 'Approximate',
		morePrecise: 'More precise than the words: the words’ precision is kept, nothing is made up.',
		languages: { fr: 'French', en: 'English' }
	},
	context: {
		heading: 'Add a context fact',
		help: 'A fact that is not from the article, with its outside source: official records, wire services, established outlets.',
		publisher: 'Publisher of the source',
		url: 'Address (URL)',
		kind: 'Kind of source',
		kinds: {
			official: 'Official source',
			wire: 'News agency',
			press: 'Press',
			reference: 'Reference work',
			other: 'Other'
		},
		pageTitle: 'Title of the page (optional)',
		pageDate: 'Date of the page, in words (optional)',
		pageLanguage: 'Language of the page, if not the story’s (optional)',
		pageLanguageHelp: 'Its code: “id” for Indonesian, “ru” for Russian.',
		says: 'What the source says (in English)',
		fact: (lang) => `The fact, in one sentence (${lang})`,
		factDate: 'Date of the fact, in words',
		add: 'Add the context fact',
		added: 'Context fact added.',
		rejected: (why) => `Source refused: ${why}.`,
		badUrl: 'This address is not an http(s) URL.',
		undated: 'Undated page: a source without a date is weak; give its date if it shows one.',
		weakKind: 'Source of kind “other”: say in a note why it is used.',
		missing: 'Publisher, address, what the source says, the fact and its date are needed.'
	},
	states: {
		heading: 'Memberships and attendance',
		help: 'The organisation’s states, their membership intervals and their status on the story’s day.',
		caption: 'States, membership and status on the story’s day',
		state: 'State',
		from: 'Member since',
		to: 'Until',
		dayStatus: 'Status on the story’s day',
		attendance: 'At the summit',
		statuses: { host: 'host', present: 'present', absent: 'absent', none: '—' },
		member: 'member',
		notMember: 'not a member',
		add: 'Add a state',
		country: 'Country',
		chooseCountry: 'Choose a country',
		proof: 'Proof of the membership or of a new status',
		addState: 'Add the membership',
		needProof:
			'A membership needs a proof: a passage of the article, word for word, or an outside source.',
		datesHelp: 'In words or figures: “1993”, “February 2024”, “2024-02-22”.',
		apply: 'Prove',
		applyProof: 'Prove the status with the proof below',
		statusProofNeeded: 'A new status needs a proof: give one below the table first.'
	},
	proofs: {
		heading: 'Proofs',
		quote: 'Passage of the article, word for word',
		source: 'Outside source',
		noSource: 'None',
		newSource: 'A new source…',
		detail: 'What it says (in English)',
		add: 'Add the proof',
		addLegend: 'Another proof',
		remove: 'Remove',
		problems: {
			empty: 'Give a passage of the article or a source.',
			'not-verbatim': 'This passage is not in the article as written.',
			'source-incomplete': 'A new source needs its publisher and its address.',
			'source-refused': 'This source is refused.'
		}
	},
	publish: {
		heading: 'Publish',
		help: 'Download the story’s folder (story.yaml and source.txt) to put in data/stories/.',
		blocked: 'The story still has problems: fix them before publishing.',
		draftsLeft: (n) =>
			n === 1
				? '1 entry is still a draft: it will be published marked “not yet reviewed”.'
				: `${n} entries are still drafts: they will be published marked “not yet reviewed”.`,
		zip: 'Download the folder (zip)',
		timelineJs: 'Export as TimelineJS (JSON)',
		csv: 'Export the events (CSV)',
		devSave: (id) => `Save to data/stories/${id}/`,
		overwrite: 'Replace the story if it already exists',
		devSaved: (folder) => `Saved to ${folder}.`,
		devRefused: 'Not saved:',
		done: 'Folder downloaded.'
	},
	preview: {
		heading: 'Preview',
		loading: 'Loading the preview…',
		invalid: 'The preview shows once the story has no problem.'
	},
	leave: 'Some changes are not published. Leave anyway?'
};
