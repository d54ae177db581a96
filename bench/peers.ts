/**
 * The peers of the benchmark, vis-timeline and TimelineJS: the synthetic story mapped to
 * their data formats (pure, unit-tested), and a local static server for their harness
 * pages (bench/harness/*.html), their libraries (devDependencies, from node_modules) and
 * the data. Nothing is fetched from another host.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { messages, localized } from '../src/lib/i18n';
// Fills `messages` with every language (the islands load theirs one by one; the bench is no island).
import '../src/lib/i18n-all';
import type { ResolvedEvent } from '../src/lib/story/resolve';
import { syntheticStory } from '../src/lib/story/synthetic';
import { laneOf } from '../src/lib/timeline/lanes';

const language = 'fr';

/** The label Chronomap's timeline gives an event, so every library shows the same text. */
export function eventLabel({ title, when }: Pick<ResolvedEvent, 'title' | 'when'>): string {
	return `${when.approximate ? '≈ ' : ''}${localized(title, language)}${when.uncertain ? ' ?' : ''}`;
}

/** Drawn as a point (a day or part of a day) rather than a span (month, year, interval). */
export function isPoint({ when }: Pick<ResolvedEvent, 'when'>): boolean {
	return (when.precision === 'day' || when.precision === 'time') && !when.interval;
}

export interface VisData {
	groups: { id: string; content: string }[];
	items: {
		id: number;
		group: string;
		content: string;
		start: number;
		end?: number;
		type: 'point' | 'range';
		className: string;
	}[];
}

/** vis-timeline: one group per lane, a point for a day, a range for anything longer. */
export function toVisTimeline(events: ResolvedEvent[]): VisData {
	const lanes = new Set(events.map((event) => laneOf(event.category)));
	return {
		groups: [...lanes].map((lane) => ({ id: lane, content: messages[language].lanes[lane] })),
		items: events.map((event, id) => {
			const base = {
				id,
				group: laneOf(event.category),
				content: eventLabel(event),
				className: event.origin
			};
			return isPoint(event)
				? { ...base, start: event.when.start, type: 'point' as const }
				: { ...base, start: event.when.start, end: event.when.end + 1, type: 'range' as const };
		})
	};
}

export interface TimelineJSDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
}

export interface TimelineJSData {
	events: {
		unique_id: string;
		start_date: TimelineJSDate;
		end_date?: TimelineJSDate;
		text: { headline: string; text: string };
		group: string;
	}[];
}

/** A TimelineJS date as precise as the event's: a year, a month, a day or an hour. */
export function timelineJSDate(time: number, precision: 'year' | 'month' | 'day' | 'hour') {
	const date = new Date(time);
	const year = date.getUTCFullYear();
	if (precision === 'year') return { year };
	const month = date.getUTCMonth() + 1;
	if (precision === 'month') return { year, month };
	const day = date.getUTCDate();
	if (precision === 'day') return { year, month, day };
	return { year, month, day, hour: date.getUTCHours() };
}

/** TimelineJS: one slide per event, grouped by lane in the time navigation. */
export function toTimelineJS(events: ResolvedEvent[]): TimelineJSData {
	return {
		events: events.map((event) => {
			const { when } = event;
			const precision = when.partOfDay
				? 'hour'
				: when.precision === 'time'
					? 'hour'
					: (when.precision as 'year' | 'month' | 'day');
			const spans = when.interval;
			return {
				unique_id: event.id,
				start_date: timelineJSDate(when.start, precision),
				...(spans ? { end_date: timelineJSDate(when.end, precision) } : {}),
				text: { headline: eventLabel(event), text: localized(event.summary, language) },
				group: messages[language].lanes[laneOf(event.category)]
			};
		})
	};
}

export type Peer = 'vis-timeline' | 'timelinejs';

const LIBRARIES: Record<string, string> = {
	'/lib/vis-timeline/': 'node_modules/vis-timeline/standalone/umd/',
	'/lib/vis-timeline-styles/': 'node_modules/vis-timeline/styles/',
	'/lib/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist/'
};

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.png': 'image/png'
};

export interface PeerServer {
	url: string;
	close: () => Promise<void>;
}

/**
 * Serves bench/harness/ and the peer libraries on 127.0.0.1, on a free port, and the data of
 * `/data/<peer>.json?n=<count>&seed=<seed>`, made from the same synthetic story as ours.
 */
export async function servePeers(): Promise<PeerServer> {
	const cache = new Map<string, string>();
	const data = (peer: string, count: number, seed: number) => {
		const key = `${peer}:${count}:${seed}`;
		let body = cache.get(key);
		if (body === undefined) {
			const { events } = syntheticStory(count, { seed });
			body = JSON.stringify(peer === 'vis-timeline' ? toVisTimeline(events) : toTimelineJS(events));
			cache.clear(); // one size at a time: the largest is tens of megabytes
			cache.set(key, body);
		}
		return body;
	};
	const server: HttpServer = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const data_ = /^\/data\/(vis-timeline|timelinejs)\.json$/.exec(url.pathname);
		if (data_) {
			const count = Math.max(0, Math.min(200_000, Number(url.searchParams.get('n')) || 0));
			const seed = Number(url.searchParams.get('seed')) || 1;
			response.writeHead(200, { 'content-type': TYPES['.json']! });
			response.end(data(data_[1]!, count, seed));
			return;
		}
		let file: string | undefined;
		const prefix = Object.keys(LIBRARIES).find((candidate) => url.pathname.startsWith(candidate));
		if (prefix) file = join(LIBRARIES[prefix]!, normalize(url.pathname.slice(prefix.length)));
		else if (/^\/[\w-]+\.html$/.test(url.pathname)) file = join('bench/harness', url.pathname);
		if (!file || file.includes('..') || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
		});
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
