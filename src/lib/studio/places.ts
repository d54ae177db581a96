/**
 * The story's places as a person corrects them in the studio: a form's fields read into a
 * place of the data format (or the problem that keeps it from being one), cities found by
 * name in the GeoNames-derived table the ingest engine drafts from, and the facts and
 * states that use a place, which keep it from being removed.
 */
import { coordinatesProof, geonamesSource } from '../ingest/geonames';
import { withFrenchSpacing } from '../story/typography';
import { freeId, type PlaceInput, type Proof, type SourceInput, type StoryInput } from './work';

export type PlaceKind = PlaceInput['kind'];
export const PLACE_KINDS: readonly PlaceKind[] = ['city', 'site', 'country'];

/** A city of the engine's table (`src/lib/ingest/places.ts`), as the studio offers it. */
export interface CityChoice {
	names: string[];
	iso3: string;
	lat: number;
	lon: number;
	geonames: number;
}

/** The place form's fields, as typed: coordinates are text until read. */
export interface PlaceForm {
	kind: PlaceKind;
	/** Empty: made from the name. */
	id: string;
	name: Record<string, string>;
	/** ISO 3166-1 alpha-3; for a country, the country itself. */
	country: string;
	lat: string;
	lon: string;
	provenance: Proof[];
	/** Kept from the place being corrected unless a city picked says otherwise. */
	timeZone?: string;
}

export type PlaceProblem =
	| 'name'
	| 'country'
	| 'lat-missing'
	| 'lat-number'
	| 'lat-range'
	| 'lon-missing'
	| 'lon-number'
	| 'lon-range'
	| 'proof'
	| 'id'
	| 'id-taken';

export type ReadPlace = { ok: true; place: PlaceInput } | { ok: false; problems: PlaceProblem[] };

/** A form holding `place` as it is, or an empty one for a new city. */
export function placeForm(place?: PlaceInput): PlaceForm {
	if (!place)
		return { kind: 'city', id: '', name: {}, country: '', lat: '', lon: '', provenance: [] };
	const common = { kind: place.kind, id: place.id, name: { ...place.name } };
	if (place.kind === 'country')
		return { ...common, country: place.iso3, lat: '', lon: '', provenance: [] };
	return {
		...common,
		country: place.country,
		lat: String(place.coordinates.lat),
		lon: String(place.coordinates.lon),
		provenance: [...place.provenance],
		...(place.timeZone && { timeZone: place.timeZone })
	};
}

/**
 * A coordinate as typed: decimal degrees, with a point or a comma ("17,967"), within
 * ±`limit`. The problem's prefix is the field's.
 */
export function readDegrees(
	text: string,
	limit: 90 | 180
): { ok: true; value: number } | { ok: false; problem: 'missing' | 'number' | 'range' } {
	const clean = text
		.trim()
		.replace(/^\u2212/u, '-')
		.replace(',', '.');
	if (clean === '') return { ok: false, problem: 'missing' };
	if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(clean)) return { ok: false, problem: 'number' };
	const value = Number(clean);
	return Math.abs(value) <= limit ? { ok: true, value } : { ok: false, problem: 'range' };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A translation left empty is left out; French takes its no-break spaces. */
function written(text: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(text)
			.filter(([, value]) => value.trim() !== '')
			.map(([lang, value]) => [
				lang,
				lang === 'fr' ? withFrenchSpacing(value.trim()) : value.trim()
			])
	);
}

/**
 * The place the form describes, accepted (no draft mark), or every problem that keeps it
 * from validating: a name in the story's language and in English, a country, and for a
 * city or site its coordinates and at least one proof. `was`: the id of the place corrected,
 * whose id it may keep.
 */
export function readPlace(story: StoryInput, form: PlaceForm, was?: string): ReadPlace {
	const problems: PlaceProblem[] = [];
	const name = written(form.name);
	if (!name[story.language] || !name.en) problems.push('name');
	if (!/^[A-Z]{3}$/u.test(form.country)) problems.push('country');
	const others = (story.places ?? []).filter((p) => p.id !== was).map((p) => p.id);
	const main = name[story.language] ?? name.en ?? '';
	const id =
		form.id.trim() ||
		(form.kind === 'country' ? form.country.toLowerCase() : freeId(others, main || 'place'));
	if (!ID.test(id)) problems.push('id');
	else if (others.includes(id)) problems.push('id-taken');
	if (form.kind === 'country')
		return problems.length > 0
			? { ok: false, problems }
			: { ok: true, place: { kind: 'country', id, iso3: form.country, name } };
	const lat = readDegrees(form.lat, 90);
	const lon = readDegrees(form.lon, 180);
	if (!lat.ok) problems.push(`lat-${lat.problem}`);
	if (!lon.ok) problems.push(`lon-${lon.problem}`);
	if (form.provenance.length === 0) problems.push('proof');
	if (problems.length > 0 || !lat.ok || !lon.ok) return { ok: false, problems };
	return {
		ok: true,
		place: {
			kind: form.kind,
			id,
			name,
			country: form.country,
			coordinates: { lat: lat.value, lon: lon.value },
			...(form.timeZone && { timeZone: form.timeZone }),
			provenance: form.provenance
		}
	};
}

/** Folded for finding: case and accents set aside. */
const folded = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'‘`-]/gu, ' ')
		.trim();

/**
 * The cities whose name begins with `query` (any of their names, case and accents set aside),
 * then those that contain it, in the table's order (the most populous first).
 */
export function findCities(table: readonly CityChoice[], query: string, limit = 8): CityChoice[] {
	const q = folded(query);
	if (q.length < 2) return [];
	const starts: CityChoice[] = [];
	const contains: CityChoice[] = [];
	for (const city of table) {
		const names = city.names.map(folded);
		if (names.some((n) => n.startsWith(q))) starts.push(city);
		else if (names.some((n) => n.includes(q))) contains.push(city);
		if (starts.length >= limit) break;
	}
	return [...starts, ...contains].slice(0, limit);
}

/**
 * The form with `city` picked: its country and coordinates, and its GeoNames record as the
 * proof of them in place of any other GeoNames proof; an empty name (English, French) takes
 * the city's.
 * Returns the source to add with the proof.
 */
export function pickCity(
	form: PlaceForm,
	city: CityChoice,
	timeZone?: string
): { form: PlaceForm; source: SourceInput } {
	const source = geonamesSource(city);
	const english = city.names[0] ?? '';
	const name = { ...form.name };
	if (!name.en?.trim()) name.en = english;
	if (!name.fr?.trim()) name.fr = city.names[1] ?? english;
	const rest = { ...form };
	delete rest.timeZone;
	return {
		form: {
			...rest,
			kind: form.kind === 'country' ? 'city' : form.kind,
			name,
			country: city.iso3,
			lat: String(city.lat),
			lon: String(city.lon),
			provenance: [
				...form.provenance.filter((p) => !('source' in p && p.source.startsWith('geonames-'))),
				coordinatesProof(city)
			],
			...(timeZone && { timeZone })
		},
		source
	};
}

/** What uses a place: the facts set there, and for a country the states' rows that need it. */
export function placeUses(
	story: StoryInput,
	id: string
): { events: { id: string; title: Record<string, string> }[]; states: number } {
	const place = (story.places ?? []).find((p) => p.id === id);
	const events = story.events.filter((e) => e.places?.includes(id));
	const iso3 = place?.kind === 'country' ? place.iso3 : undefined;
	const states = iso3
		? [...(story.memberships ?? []), ...(story.attendance ?? [])].filter((r) => r.state === iso3)
				.length
		: 0;
	return { events: events.map((e) => ({ id: e.id, title: e.title })), states };
}
