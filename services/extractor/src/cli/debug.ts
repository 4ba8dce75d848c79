/** Developer aid: print sentences with their claims and analysis for one article file. */
import { readFileSync } from 'node:fs';
import { analyze } from '../extraction/analyze';
import { extractClaims, loadGazetteer } from '../extraction';
import { extractTalks } from '../extraction/talks';
import { gazetteerPath } from './paths';

const gaz = loadGazetteer(gazetteerPath());
const doc = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const a = analyze(doc.text, doc.published, gaz);
if (process.argv.includes('-s'))
  for (const si of a.sentences) {
    console.log(`#${si.sent.index} p${si.sent.paragraph}: ${si.text.slice(0, 100)}`);
    console.log('   attr:', si.attributions.map((x) => `${x.kind}:${x.name}->${x.resolved}(${x.party})`).join(' | '), ' mentions:', si.mentions.map((m) => `${m.text}[${m.refs.map((r) => r.type).join(',')}]`).join(' '));
  }
if (process.argv.includes('-t')) for (const f of extractTalks(a)) console.log('frame', f.first, f.last, JSON.stringify(f.claim), f.hosts);
for (const c of extractClaims(doc, gaz)) console.log(JSON.stringify({ ...c, evidence: c.evidence.sentence.slice(0, 80) }));
