import { ingest } from './src/lib/ingest/index';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
const t = readFileSync('data/stories/otsc-minsk-summit/source.txt','utf8');
console.time('i'); const r = ingest({ text: t, published: '2023-11-23' }); console.timeEnd('i');
console.log(stringify(r.story, { lineWidth: 0 }));
console.log(r.summary);
