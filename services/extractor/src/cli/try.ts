import { extractClaims, loadGazetteer } from '../extraction';
const gaz = loadGazetteer('/work/main/config/gazetteer.yaml');
const text = process.argv[2]!;
for (const c of extractClaims({ id: 'x', published: process.argv[3] ?? '2026-01-13T10:00:00Z', text }, gaz)) console.log(JSON.stringify({ ...c, evidence: undefined }));
