import fs from 'node:fs';
import { annotateText } from './test/helpers/pipeline.js';
for (const f of process.argv.slice(2)) {
  const { doc, ann } = annotateText(f.split('/').pop()!, fs.readFileSync(f, 'utf8'));
  console.log(doc.kind, doc.title, JSON.stringify(doc.main.text.slice(0, 100)), JSON.stringify(doc.main.text.slice(-150)));
  console.log(ann.entities.filter((e) => e.type === 'person').map((e) => `${e.name}(${e.country})[${e.mentions.length}]${e.isSpeaker ? '*' : ''}`).join(', '), ann.primary.length);
}
