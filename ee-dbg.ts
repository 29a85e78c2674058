import { readFileSync } from 'node:fs';
import { createCoreNlpEngine } from './server/extraction/engine/corenlp-engine.ts';
import { nlpServerStatus } from './nlp-launcher/nlp-launcher.ts';
const e = createCoreNlpEngine({ url: nlpServerStatus()!.url });
const text = process.argv[3] ? process.argv[3] : readFileSync('/work/shared/seed-article.txt', 'utf8');
const a = await e.annotate(text, { date: '2020-01-07' });
const wanted = process.argv[2]!.split(',').map(Number);
for (const s of a.sentences) if (wanted.includes(s.index)) {
  console.log(s.tokens.map((t) => `${t.index}:${t.text}/${t.pos}/${t.ner}`).join(' '));
  console.log(s.dependencies.map((d) => `${d.relation}(${s.tokens[d.governor]?.text ?? 'ROOT'}-${d.governor}, ${s.tokens[d.dependent]?.text}-${d.dependent})`).join(' '));
}
