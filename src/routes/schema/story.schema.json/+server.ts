import { json } from '@sveltejs/kit';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Story } from '$lib/story/schema';

/** The story format as JSON Schema, so that other tools can produce stories. */
export const prerender = true;

export const GET = () =>
	json({
		$id: '/schema/story.schema.json',
		title: 'Chronomap story',
		description:
			'A news story as a dataset. Rules beyond shape (quotes occur verbatim in the source text, references resolve, EDTF dates parse, ISO 3166-1 codes exist) are checked by `npm run check:data`.',
		...toJsonSchema(Story, { errorMode: 'ignore' })
	});
