import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (four levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function gazetteerPath(): string {
  const p = process.env.GAZETTEER_FILE;
  return p ? resolve(process.cwd(), p) : resolve(REPO_ROOT, 'config/gazetteer.yaml');
}
