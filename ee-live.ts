import { createExtractor } from './server/extraction/create-extractor.ts';
import { createCoreNlpEngine } from './server/extraction/engine/corenlp-engine.ts';
import { nlpServerStatus } from './nlp-launcher/nlp-launcher.ts';
const x = createExtractor({ knownActors: async () => [], engine: createCoreNlpEngine({ url: nlpServerStatus()!.url }) });
const texts = process.argv.slice(2);
for (const t of texts) {
  const d = await x.extract(t, { date: '2023-06-15', publisher: 'Wire' });
  console.log(`## ${t}`);
  console.log('  A', d.actors.map((a) => `${a.id}/${a.kind}/${a.country}`).join(' '));
  for (const r of d.relations) console.log('  R', r.from, r.type, r.to, '|', r.attribution, r.stance, r.status, r.date, r.datePrecision, r.confidence, '|', r.quote);
}
