import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { compileGazetteer, type Gazetteer } from './compile';
import { GazetteerSchema } from './schema';

/** A gazetteer file that cannot be read, parsed or validated; `problems` name each bad field. */
export class GazetteerError extends Error {
  constructor(
    public readonly source: string,
    public readonly problems: string[],
  ) {
    super(`invalid gazetteer ${source}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'GazetteerError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Validate parsed gazetteer data and compile it. Throws GazetteerError. */
export function parseGazetteer(data: unknown, source = '(inline)'): Gazetteer {
  const r = GazetteerSchema.safeParse(data);
  if (!r.success) {
    throw new GazetteerError(
      source,
      r.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`),
    );
  }
  return compileGazetteer(r.data);
}

/** Parse gazetteer YAML text. Throws GazetteerError. */
export function parseGazetteerYaml(text: string, source = '(inline)'): Gazetteer {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new GazetteerError(source, [`not valid YAML: ${(err as Error).message}`]);
  }
  return parseGazetteer(data, source);
}

/** Read, validate and compile a gazetteer YAML file. Throws GazetteerError. */
export function loadGazetteer(path: string): Gazetteer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GazetteerError(path, [`cannot read file: ${(err as Error).message}`]);
  }
  return parseGazetteerYaml(text, path);
}
