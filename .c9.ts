import { ingest } from './src/lib/ingest/index';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
for (const [f, p] of [['csto-minsk-page-fr.html','2023-11-23'],['csto-yerevan-unrelated-headline-fr.txt','2022-11-24'],['nato-vilnius-fr.txt','2023-07-11'],['no-date-words-en.txt','2023-11-23'],['g20-bali-remote-en.txt','2022-11-15'],['g7-hiroshima-en.txt','2023-05-21']]) {
  const c = readFileSync('tests/fixtures/articles/'+f,'utf8');
  const r = ingest(f.endsWith('html') ? { html: c, parseHtml: (h)=>parseHTML(h).document as any, published: p } : { text: c, published: p });
  console.log('==', f);
  console.log(' att', r.story.attendance.map((a:any)=>`${a.state}:${a.status}${a.notes?'(remote)':''}`).join(' '));
  console.log(' dates', r.story.events.map(e=>`${e.date.edtf}${e.date.wording?'['+e.date.wording+']':''}`).join(' '));
  console.log(' people', r.story.actors.filter((a:any)=>a.kind==='person').map((a:any)=>`${a.name.en}|${a.role.text.en}|${a.country??''}`).join('; '));
  console.log(' summit', r.story.organisation.summit, r.story.events.filter(e=>e.category==='summit').map(e=>e.id+':'+e.places).join(' '));
}
