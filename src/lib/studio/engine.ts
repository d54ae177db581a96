/**
 * The ingest engine as the studio loads it: on demand, in a chunk of its own, because its
 * tables of places and its date parser weigh more than the rest of the studio together.
 */
export { ingest, IngestError, type IngestResult } from '../ingest/index';
export { findDates } from '../ingest/dates';
export { cities, timeZoneOf } from '../ingest/places';
