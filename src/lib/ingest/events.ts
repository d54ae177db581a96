/**
 * What a sentence reports, from its words: the kind of event, whether it speaks of members,
 * and who came to a summit, hosted it or stayed away ("en l'absence de", "sans l'Arménie",
 * "did not attend", "by video link").
 */
import type { Lang } from './dates';
import type { PlaceMention } from './places';
import type { ActorFound, ActorMention } from './actors';
import type { EventCategory } from '../story/categories';

export type Status = 'host' | 'present' | 'absent';

const CATEGORIES: [EventCategory | 'quote', RegExp][] = [
	[
		'agreement',
		/\baccords?\b|déclaration finale|\bsigné|agreement|\bdeal\b|\bsigned\b|final declaration/iu
	],
	[
		'armed-conflict',
		/attaqu|offensive|frappes?\b|bombard|guerre|combats?\b|invasion|envahi|attack|strikes?\b|\bwar\b|fighting|shelling|invade/iu
	],
	[
		'membership',
		/adhésion|adhérer|rejoindre|retrait du pays|quitter l|\bjoined\b|membership|accession|withdraw|to leave the/iu
	],
	[
		'visit',
		/s'est rendu|se sont rendus|en visite|visite d|est arrivé|visited|a visit|travell?ed to|arrived in|flew to/iu
	],
	['treaty', /traité|treaty/iu],
	['quote', /./u],
	[
		'statement',
		/s'est engagé|a promis|pledged|promised|déclaré|démenti|annoncé|\bsaid\b|denied|announced/iu
	],
	['summit', /sommet|summit/iu],
	['meeting', /réunion|rencontre|entretenu|entretien|meeting|\bmet\b|talks/iu]
];

/** The kind of event a sentence reports; a quotation makes it a statement unless something stronger is said. */
export function categoryOf(words: string, _lang: Lang, hasQuote: boolean): EventCategory {
	for (const [category, pattern] of CATEGORIES) {
		if (category === 'quote') {
			if (hasQuote) return 'statement';
			continue;
		}
		if (pattern.test(words)) return category;
	}
	return 'statement';
}

export const SUMMIT: Record<Lang, RegExp> = { fr: /\bsommet\b/u, en: /\bsummit\b/iu };

export function isMembershipSentence(words: string, lang: Lang): boolean {
	// "Adhésion" / "membership" speak of joining (a bid, negotiations), not of being a member.
	return lang === 'fr'
		? /\bmembres?\b|\balliés\b/iu.test(words)
		: /\bmembers?\b|\ballies\b/iu.test(words);
}

/** Cues before the state they speak of ("sans l'Arménie", "in the absence of Armenia"). */
const ABSENT_BEFORE: Record<Lang, RegExp> = {
	fr: /en l'absence d(?:e la |e l'|u |es |e |')|\bsans (?:la |le |l'|les )?|\bmais pas (?:à |a )?(?:la |le |l'|les )?|\bhormis (?:la |le |l'|les )?|\bsauf (?:la |le |l'|les )?/giu,
	en: /in the absence of (?:the )?|\bwithout (?:the )?|\bbut not (?:the )?|\bexcept (?:for )?(?:the )?/giu
};
/** Cues after the state (its subject) they speak of ("l'Arménie, qui a choisi d'être absente", "Armenia did not attend"). */
const ABSENT_AFTER: Record<Lang, RegExp> = {
	fr: /\babsente?s?\b|a renoncé|ont renoncé|n'a pas (?:fait le déplacement|participé|assisté)|n'ont pas (?:fait le déplacement|participé|assisté)|boycott/giu,
	en: /\babsent\b|did not attend|didn't attend|stayed away|skipped|boycott|declined to attend|pulled out|did not take part/giu
};
const PRESENT_BEFORE: Record<Lang, RegExp> = {
	fr: /représentants|dirigeants|chefs d'[ée]tat|en présence d|a réuni|réunit|rassemble/giu,
	en: /representatives|leaders of|\bleaders\b|in the presence of|brought together|gathered/giu
};
const PRESENT_AFTER: Record<Lang, RegExp> = {
	fr: /\bprésente?s?\b|ont participé|a participé|participent|participe|ont assisté|a assisté|se sont rendus|s'est rendue?|est arrivée?|sont arrivés/giu,
	en: /\battended\b|took part|participated|\bjoined\b|\bwas present\b|\bwere present\b|arrived/giu
};
/** Hosts: "hosted by X", "à l'invitation de X" (the state after), "X hosted", "X a accueilli" (the subject). */
const HOST_BEFORE: Record<Lang, RegExp> = {
	fr: /accueilli par|à l'invitation d[eu]|organisé par/giu,
	en: /hosted by|at the invitation of|organi[sz]ed by/giu
};
const HOST_AFTER: Record<Lang, RegExp> = {
	fr: /a accueilli|accueille|\bhôtes?\b/giu,
	en: /\bhosted\b|\bhosts\b|\bhosting\b/giu
};
const REMOTE: Record<Lang, RegExp> = {
	fr: /visioconférence|vidéoconférence|liaison vidéo|par vidéo|à distance/iu,
	en: /by video|via video|remotely|virtually/iu
};

export interface AttendanceFound {
	iso3: string;
	status: Status;
	remote: boolean;
	/** The state's mention. */
	start: number;
	end: number;
	/** The words that say it. */
	cueStart: number;
	cueEnd: number;
}

interface At {
	start: number;
	end: number;
}

/**
 * Attendance said in one sentence (`words`, folded, starting at `offset` in the text). A
 * sentence about another day (`otherDay`) says nothing of this summit's attendance.
 */
export function attendanceIn(
	words: string,
	offset: number,
	lang: Lang,
	places: PlaceMention[],
	mentions: ActorMention[],
	actors: ActorFound[],
	otherDay: boolean
): AttendanceFound[] {
	if (otherDay) return [];
	const cues = (pattern: RegExp): At[] =>
		[...words.matchAll(pattern)].map((m) => ({
			start: offset + m.index,
			end: offset + m.index + m[0].length
		}));
	const end = offset + words.length;
	// States: countries named, and people whose state the text gives.
	const states: (At & { iso3: string })[] = [
		...places.filter((p) => p.kind === 'country' && p.start >= offset && p.end <= end),
		...mentions.flatMap((m) => {
			const actor = actors[m.actor];
			return actor?.kind === 'person' && actor.iso3 && m.start >= offset && m.end <= end
				? [{ start: m.start, end: m.end, iso3: actor.iso3 }]
				: [];
		})
	].sort((a, b) => a.start - b.start);
	const found = new Map<string, AttendanceFound>();
	const mark = (state: At & { iso3: string }, status: Status, cue: At) => {
		const existing = found.get(state.iso3);
		const rank = { present: 0, absent: 1, host: 2 };
		if (existing && rank[existing.status] >= rank[status]) return;
		const after = words.slice(cue.end - offset, cue.end - offset + 40);
		found.set(state.iso3, {
			iso3: state.iso3,
			status,
			remote: status === 'present' && REMOTE[lang].test(after),
			start: state.start,
			end: state.end,
			cueStart: cue.start,
			cueEnd: cue.end
		});
	};
	const subjectOf = (cue: At) =>
		states.filter((s) => s.end <= cue.start && cue.start - s.end <= 60).at(-1);
	for (const cue of cues(HOST_BEFORE[lang])) {
		const state = states.find((s) => s.start >= cue.end && s.start - cue.end <= 40);
		if (state) mark(state, 'host', cue);
	}
	for (const cue of cues(HOST_AFTER[lang])) {
		const state = states.filter((s) => s.end <= cue.start && cue.start - s.end <= 60).at(-1);
		if (state) mark(state, 'host', cue);
	}
	for (const cue of cues(ABSENT_BEFORE[lang])) {
		const state = states.find((s) => s.start >= cue.end && s.start - cue.end <= 3);
		if (state) mark(state, 'absent', cue);
	}
	for (const cue of cues(ABSENT_AFTER[lang])) {
		const state = subjectOf(cue);
		if (state) mark(state, 'absent', cue);
	}
	// A list after "représentants", "leaders of": every state in it, up to an absence.
	const absences = cues(ABSENT_BEFORE[lang]);
	for (const cue of cues(PRESENT_BEFORE[lang])) {
		const stop = absences.find((a) => a.start > cue.end)?.start ?? end;
		for (const state of states.filter((s) => s.start >= cue.end && s.end <= stop))
			mark(state, 'present', cue);
	}
	for (const cue of cues(PRESENT_AFTER[lang])) {
		const state = subjectOf(cue);
		if (state) mark(state, 'present', cue);
	}
	return [...found.values()];
}
