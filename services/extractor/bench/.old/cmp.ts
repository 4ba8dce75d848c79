import { resolve } from 'node:path';
import * as NEW from '../../src/extraction';
import * as OLD from './services/extractor/src/extraction';
import { generateArticles } from '../synthetic';
const arts = generateArticles(3000, 42);
const gn = NEW.loadGazetteer(resolve('/work/main/config/gazetteer.yaml'));
const go = OLD.loadGazetteer(resolve('/work/main/config/gazetteer.yaml'));
function run(f: (a: any) => unknown): number {
  const c0 = process.cpuUsage();
  for (const a of arts) f(a);
  const c = process.cpuUsage(c0);
  return arts.length / ((c.user + c.system) / 1e6);
}
for (let r = 0; r < 3; r++) {
  const o = run((a) => OLD.extractClaims(a, go));
  const n = run((a) => NEW.extractClaims(a, gn));
  console.log(`round ${r}: old ${o.toFixed(0)}/cpu-s  new ${n.toFixed(0)}/cpu-s`);
}
