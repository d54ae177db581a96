import { findActors } from './src/lib/ingest/actors';
import { readFileSync } from 'node:fs';
const t = readFileSync('tests/fixtures/articles/finland-nato-typo-en.txt','utf8');
for (const a of findActors(t,'en').actors) console.log(JSON.stringify({...a, passage: a.passage.text}));
