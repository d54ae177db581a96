/** The site's own strings in English, beyond the views' (`i18n-en.ts`). */
import type { SiteMessages } from './i18n-site-fr';

export const siteEn: SiteMessages = {
	siteName: 'Chronomap',
	tagline: 'News on a map and a timeline, every fact with its proof.',
	studio: 'Make a story from an article: the studio',
	stories: 'Stories',
	publishedOn: 'Published',
	outletUnknown: 'Publication not named',
	eventsIntro:
		'Every event in time order, with the article’s words or the outside source that proves it.',
	dateWording: 'in the article:',
	downloads: 'Download the data',
	downloadJson: 'Dataset (JSON)',
	downloadCsv: 'Events (CSV)',
	downloadSchema: 'Story JSON Schema',
	editorialNotes: 'Notes on the text',
	publicationDate: 'Publication date',
	backToStories: 'All stories',
	darkTheme: 'Dark theme',
	skipToEvents: 'Skip to the chronology',
	notReporting: 'Not part of the article',
	sourceArticle: 'The article, annotated',
	sourceArticleIntro:
		'The text as published. Underlined passages are those the dataset quotes; they lead to the event they prove.',
	timelineIntro:
		'Events by category, over time. Solid: claimed by the article; hollow: added context.',
	inChronology: 'In the chronology',
	backToStory: 'Back to the story',
	syntheticTitle: 'Synthetic story',
	syntheticIntro: (count: string) =>
		`${count} made-up events, generated in the browser to try the timeline.`,
	syntheticState: 'State',
	syntheticAllStates: 'All states',
	syntheticShown: (count: string) => `${count} events shown`,
	explorer: {
		exactDay: 'Exact day',
		play: 'Play',
		pause: 'Pause',
		speed: 'Speed',
		speeds: { month: '1 month a step', quarter: '3 months a step', year: '1 year a step' },
		language: 'Langue',
		otherLanguage: 'Français'
	},
	embed: {
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
		intro:
			'The member states on the chosen date, and who came to the summit. Choose a state to see its status, the proof and its events.'
	}
};
