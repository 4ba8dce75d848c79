import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which specs need real Kafka or Postgres, decided from the specs themselves, so that no
 * hand-kept list rots: every spec under tests/ (several services together), and every spec
 * that names a helper of this package that reads KAFKA_BROKERS or DATABASE_URL. Those
 * helpers are found by reading this package's sources (the modules that call requiredEnv),
 * so a new one is covered as soon as it exists. The rest are unit specs; the unit project
 * clears both variables, so a spec that reaches for a service there fails loudly.
 */
export function serviceHelperNames(testingSrc: string): string[] {
  const names: string[] = [];
  for (const f of readdirSync(testingSrc)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f === 'env.ts') continue;
    const src = readFileSync(join(testingSrc, f), 'utf8');
    if (!/\brequiredEnv\(/.test(src)) continue;
    for (const m of src.matchAll(/^export (?:async )?(?:function|const|class|interface|type) (\w+)/gm)) if (m[1]) names.push(m[1]);
  }
  return names;
}

const SPEC_ROOTS = ['packages', 'services', 'tests', 'scripts'];

function specFiles(root: string): string[] {
  const out: string[] = [];
  for (const top of SPEC_ROOTS) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, top), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.endsWith('.test.ts') && !e.split('/').includes('node_modules') && !e.split('/').includes('dist')) out.push(`${top}/${e}`);
    }
  }
  return out.sort();
}

export function classifySpecs(root: string): { unit: string[]; services: string[] } {
  const helpers = serviceHelperNames(join(root, 'packages/testing/src'));
  const pattern = new RegExp(`\\b(${helpers.join('|')})\\b`);
  const unit: string[] = [];
  const services: string[] = [];
  for (const f of specFiles(root)) {
    const needs = f.startsWith('tests/') || (helpers.length > 0 && pattern.test(readFileSync(join(root, f), 'utf8')));
    (needs ? services : unit).push(relative(root, join(root, f)));
  }
  return { unit, services };
}
