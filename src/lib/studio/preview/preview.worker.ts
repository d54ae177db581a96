/**
 * The preview's model, made off the page: the story resolved and localized, the map framed.
 * Its code is a bundle of its own, so the story page's chunks do not carry it (see model.ts).
 */
import { unpackGeometry } from '../../map/packed';
import type { MapTopology } from '../../map/bounds';
import { previewOutput, type PreviewInput, type PreviewOutput } from './model';

export type PreviewRequest =
	| { kind: 'world'; bytes: ArrayBuffer }
	| { kind: 'work'; id: number; input: PreviewInput; language: string };

export type PreviewResponse = PreviewOutput & { id: number };

/** The worker's side of the messages (the DOM's types describe a window's). */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<PreviewRequest>) => void;
	postMessage: (response: PreviewResponse) => void;
};

let world: MapTopology | undefined;

scope.onmessage = ({ data }) => {
	if (data.kind === 'world') {
		world = unpackGeometry(data.bytes).topology;
		return;
	}
	scope.postMessage({ id: data.id, ...previewOutput(data.input, data.language, world) });
};
