/**
 * A map's shapes packed for the embeds: a fifth smaller once gzipped than the same TopoJSON
 * as JSON. The file is a length (a varint), a JSON header (the frame, and the topology without
 * its arcs), then every arc as unsigned LEB128 varints: its number of points, then each point's
 * x and y, zigzag-encoded. The points are TopoJSON's own (quantized, each relative to the one
 * before), so unpacking gives back exactly the topology that was packed.
 */
import type { MapGeometry } from './types';

const zigzag = (value: number) => (value < 0 ? -2 * value - 1 : 2 * value);
const unzigzag = (value: number) => (value % 2 === 1 ? -(value + 1) / 2 : value / 2);

function writeVarint(out: number[], value: number) {
	let rest = value;
	while (rest >= 0x80) {
		out.push((rest % 0x80) | 0x80);
		rest = Math.floor(rest / 0x80);
	}
	out.push(rest);
}

export function packGeometry(geometry: MapGeometry): Uint8Array {
	const arcs = geometry.topology.arcs as number[][][];
	for (const arc of arcs)
		for (const point of arc)
			if (!point.every(Number.isInteger))
				throw new Error('Only a quantized topology can be packed');
	const header = new TextEncoder().encode(
		JSON.stringify({ ...geometry, topology: { ...geometry.topology, arcs: [] } })
	);
	const out: number[] = [];
	writeVarint(out, header.length);
	out.push(...header);
	writeVarint(out, arcs.length);
	for (const arc of arcs) {
		writeVarint(out, arc.length);
		for (const [x, y] of arc) {
			writeVarint(out, zigzag(x!));
			writeVarint(out, zigzag(y!));
		}
	}
	return Uint8Array.from(out);
}

export function unpackGeometry(buffer: ArrayBuffer | Uint8Array): MapGeometry {
	const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
	let at = 0;
	const read = () => {
		let value = 0;
		let scale = 1;
		let byte: number;
		do {
			if (at >= bytes.length) throw new Error('Truncated map shapes');
			byte = bytes[at++]!;
			value += (byte & 0x7f) * scale;
			scale *= 0x80;
		} while (byte & 0x80);
		return value;
	};
	const headerLength = read();
	const geometry = JSON.parse(
		new TextDecoder().decode(bytes.subarray(at, (at += headerLength)))
	) as MapGeometry;
	const arcs: number[][][] = [];
	for (let count = read(); count > 0; count--) {
		const arc: number[][] = [];
		for (let points = read(); points > 0; points--) arc.push([unzigzag(read()), unzigzag(read())]);
		arcs.push(arc);
	}
	if (at !== bytes.length) throw new Error('Unexpected bytes after the map shapes');
	return { ...geometry, topology: { ...geometry.topology, arcs } as MapGeometry['topology'] };
}

/** The shapes at `url`: packed (`map.bin`, what pages load) or plain TopoJSON (`map.json`). */
export async function fetchGeometry(url: string): Promise<MapGeometry> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return url.endsWith('.bin')
		? unpackGeometry(await response.arrayBuffer())
		: (response.json() as Promise<MapGeometry>);
}
