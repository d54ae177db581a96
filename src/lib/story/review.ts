/**
 * Machine drafts awaiting a person: every `review: draft` in a story file, as problems for
 * the publishing check (`npm run check:data -- --strict`), and as a question the pages ask
 * of a fact (shown as "not yet reviewed").
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { formatPath, type PathKey, type Problem } from './validate';

/** Whether a fact is a machine draft no person has accepted yet. */
export const isDraft = (fact: { review?: string } | undefined): boolean => fact?.review === 'draft';

/** One problem per `review: draft` left in the file, with its place. */
export function reviewProblems(file: string, yamlText: string): Problem[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter });
	const problems: Problem[] = [];
	const walk = (node: Node | null | undefined, keys: PathKey[]) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const name = String((pair.key as { value?: unknown })?.value ?? pair.key);
				const value = pair.value as Node | null;
				if (name === 'review' && (value as { value?: unknown })?.value === 'draft') {
					const { line, col } = lineCounter.linePos(value?.range?.[0] ?? 0);
					problems.push({
						file,
						path: formatPath([...keys, 'review']),
						line,
						column: col,
						rule: 'review',
						message: 'is a machine draft not yet reviewed: check it, then remove `review: draft`'
					});
				} else walk(value, [...keys, name]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...keys, i]));
	};
	walk(doc.contents as Node, []);
	return problems;
}
