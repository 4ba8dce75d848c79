// The Node binary the project runs on: Node 24 from the `node` dev dependency
// (node_modules/node/bin/node, also node_modules/.bin/node for npm scripts), whatever Node
// started this script. A script that spawns node uses this, so that `node scripts/start.mjs`
// run by an older system Node (or before the first install) still runs the services on 24.
// Falls back to the running Node when the package is not installed (e.g. the production image,
// whose base image is node:24-slim). No dependencies: this runs before `npm install`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @returns {string} */
export function projectNode() {
  const bin = join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return existsSync(bin) ? bin : process.execPath;
}
