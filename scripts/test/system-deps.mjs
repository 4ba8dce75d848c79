// What the specs need from the machine besides node_modules: found on PATH, else installed
// from Debian's packages when running as root with apt-get, else one line naming what is
// missing. No dependencies: this runs before `npm install`.
// `node scripts/test/system-deps.mjs [spec paths...]` runs it alone (exit 0: all present).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} file */
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `cmd` on env.PATH, or null. @param {string} cmd @param {NodeJS.ProcessEnv} env */
export function which(cmd, env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, cmd))) return join(dir, cmd);
  }
  return null;
}

/** @param {string[]} argv @param {NodeJS.ProcessEnv} env */
const succeeds = (argv, env) => spawnSync(argv[0] ?? '', argv.slice(1), { env, stdio: 'ignore' }).status === 0;

/**
 * @typedef {object} SystemDep
 * @property {string} name
 * @property {string} debPackage Debian package that provides it
 * @property {string} neededBy the specs (path prefix) that use it
 * @property {(env: NodeJS.ProcessEnv) => string | null} find where it is, or null
 */

/** @type {SystemDep[]} */
export const SYSTEM_DEPS = [
  {
    name: 'chromium',
    debPackage: 'chromium',
    neededBy: 'tests/browser',
    find: (env) => (env.CHROMIUM_PATH ? (executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null) : which('chromium', env)),
  },
  {
    name: 'docker-compose',
    debPackage: 'docker-compose',
    neededBy: 'tests/ops/compose.test.ts',
    find: (env) => {
      const docker = which('docker', env);
      if (docker && succeeds([docker, 'compose', 'version'], env)) return `${docker} compose`;
      const compose = which('docker-compose', env);
      return compose && succeeds([compose, 'version'], env) ? compose : null;
    },
  },
  {
    name: 'openssl',
    debPackage: 'openssl',
    neededBy: 'services/ingest/src/fetch/tls.test.ts',
    find: (env) => which('openssl', env),
  },
];

/**
 * The deps a run needs: all of them for a full run, else those whose specs overlap the
 * selected paths (a selection that is not a path, e.g. `--project unit`, selects nothing).
 * @param {string[]} selection @param {SystemDep[]} deps
 */
export function neededFor(selection, deps = SYSTEM_DEPS) {
  const paths = selection.filter((a) => !a.startsWith('-')).map((a) => a.replace(/^\.\//, ''));
  if (selection.length === 0) return deps;
  return deps.filter((d) => paths.some((p) => p.startsWith(d.neededBy) || d.neededBy.startsWith(p)));
}

/** @param {SystemDep[]} deps */
const describe = (deps) => deps.map((d) => `${d.name} (for ${d.neededBy})`).join(', ');

/**
 * Finds every needed dep, installing the missing ones with apt-get when root.
 * @param {{ deps: SystemDep[], env?: NodeJS.ProcessEnv, log?: (msg: string) => void, isRoot?: boolean }} o
 * @returns {{ ok: true, found: Record<string, string> } | { ok: false, line: string }}
 */
export function ensureSystemDeps(o) {
  const env = o.env ?? process.env;
  const log = o.log ?? ((m) => console.log(`[claimwire] ${m}`));
  const isRoot = o.isRoot ?? process.getuid?.() === 0;
  /** @type {Record<string, string>} */
  const found = {};
  const missing = () => o.deps.filter((d) => {
    const at = d.find(env);
    if (at) found[d.name] = at;
    return !at;
  });
  let absent = missing();
  if (absent.length === 0) return { ok: true, found };
  const aptGet = which('apt-get', env);
  if (!isRoot || !aptGet) {
    const why = !isRoot ? 'not root' : 'no apt-get';
    return { ok: false, line: `missing: ${describe(absent)}; cannot install them here (${why}): apt-get install -y ${absent.map((d) => d.debPackage).join(' ')}, or run npm test as root on Debian` };
  }
  const pkgs = absent.map((d) => d.debPackage);
  log(`installing ${pkgs.join(' ')} (apt-get, Debian packages)`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const update = spawnSync(aptGet, ['update', '-qq', ...lock], { env: aptEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  const install = spawnSync(aptGet, ['install', '-y', '-qq', ...lock, ...pkgs], { env: aptEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  absent = missing();
  if (absent.length === 0) return { ok: true, found };
  return { ok: false, line: `missing: ${describe(absent)}; apt-get could not install them (update exit ${update.status}, install exit ${install.status})` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = ensureSystemDeps({ deps: neededFor(process.argv.slice(2)) });
  if (!r.ok) {
    console.error(`[claimwire] ${r.line}`);
    process.exit(1);
  }
  for (const [name, at] of Object.entries(r.found)) console.log(`${name}: ${at}`);
}
