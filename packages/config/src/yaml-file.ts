import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, formatIssuePath } from './errors';

/** Validate already-parsed data, naming each offending field by its path. */
export function validateConfig<S extends z.ZodType>(schema: S, data: unknown, source: string): z.infer<S> {
  const r = schema.safeParse(data);
  if (!r.success) {
    throw new ConfigError(
      source,
      r.error.issues.map((i) => `${formatIssuePath(i.path) || '(root)'}: ${i.message}`),
    );
  }
  return r.data;
}

export function parseYamlConfig<S extends z.ZodType>(schema: S, text: string, source: string): z.infer<S> {
  // every syntax error at once, not just the first
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError(source, doc.errors.map((e) => `not valid YAML: ${e.message}`));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(source, [`not valid YAML: ${(err as Error).message}`]);
  }
  return validateConfig(schema, data, source);
}

export function loadYamlFile<S extends z.ZodType>(schema: S, path: string): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, [`cannot read file: ${(err as Error).message}`]);
  }
  return parseYamlConfig(schema, text, path);
}
