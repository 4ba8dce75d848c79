#!/usr/bin/env node
// `npm run build`: the production build. One esbuild bundle per service entry and per ops CLI,
// in dist/ (plain JavaScript: no tsx, no TypeScript at run time), plus, with
// `--modules DIR`, the only node_modules the bundles still need (the packages left external
// and their dependencies, copied from the installed tree, so the versions are the lockfile's).
// The Dockerfile runs `node scripts/build.mjs --modules /prod/node_modules`.
//
// A bundle behaves as if each module were still at its source path: `import.meta.url` in our
// sources becomes that path seen from dist/, so files found relative to a module
// (infra/migrations, config/, the gateway's dashboard/, each service's package.json for its
// version) are found under the app root as before. The image copies those next to dist/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');

/** bundle name -> entry (what `node dist/<name>.mjs` runs) */
export const ENTRIES = {
  ingest: 'services/ingest/src/main.ts',
  extractor: 'services/extractor/src/main.ts',
  projector: 'services/projector/src/main.ts',
  gateway: 'services/gateway/src/main.ts',
  standalone: 'services/standalone/src/main.ts',
  setup: 'packages/runtime/src/cli/setup.ts',
  migrate: 'packages/sql/src/cli/migrate.ts',
  rebuild: 'services/projector/src/cli/rebuild.ts',
  dlq: 'packages/dlq/src/cli.ts',
  feeds: 'services/ingest/src/cli/feeds.ts',
  'sample-feeds': 'services/standalone/src/cli/sample-feeds.ts',
};

/**
 * Left out of the bundles, installed beside them: packages that read their own files at run
 * time (pino's worker threads and transports, swagger-ui's static assets, PGlite's wasm) and
 * optional native add-ons that are not installed at all.
 */
export const EXTERNAL = ['pino', 'pino-pretty', 'thread-stream', '@fastify/swagger-ui', '@electric-sql/pglite'];
const OPTIONAL_ABSENT = ['pg-native', 'canvas', '@opentelemetry/api'];
/**
 * Installed beside the bundles although no bundle imports them: the gateway reads their files
 * and serves them to the dashboard's map (services/gateway/src/map/assets.ts).
 */
export const SERVED = ['d3-geo', 'd3-array', 'world-atlas'];

/** `import.meta.url` in our own sources -> the source file's URL as seen from dist/. */
const sourceUrls = {
  name: 'source-urls',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const src = readFileSync(args.path, 'utf8');
      if (!src.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split(sep).join('/');
      return { contents: src.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

// CommonJS dependencies inside an ESM bundle still call require() and read __dirname
const banner = [
  "import { createRequire as __cwCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cwFileURLToPath } from 'node:url';",
  "import { dirname as __cwDirname } from 'node:path';",
  'const require = __cwCreateRequire(import.meta.url);',
  'const __filename = __cwFileURLToPath(import.meta.url);',
  'const __dirname = __cwDirname(__filename);',
].join('\n');

/** Bundle every entry into dist/; returns the external packages the bundles import. */
export async function bundle({ minify = false, sourcemap = false } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, join(root, entry)])),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: false,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    sourcemap: sourcemap ? 'linked' : false,
    minify,
    legalComments: 'none',
    external: [...EXTERNAL, ...OPTIONAL_ABSENT],
    banner: { js: banner },
    plugins: [sourceUrls],
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  const imported = new Set();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const imp of out.imports) if (imp.external && !imp.path.startsWith('node:') && !builtinModules.includes(packageName(imp.path))) imported.add(packageName(imp.path));
  }
  return [...imported].filter((p) => !OPTIONAL_ABSENT.includes(p)).sort();
}

/** @param {string} spec e.g. "@fastify/swagger-ui/static" -> "@fastify/swagger-ui" */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec);
}

/** Where node would find `name` from `fromDir` (a package directory), or null. */
function resolvePackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/**
 * Copy `packages` and everything they depend on (dependencies and installed optional
 * dependencies, never devDependencies) from the installed node_modules into `dest`, keeping
 * each package at its path relative to the repo's node_modules, so nested versions resolve as
 * they do here.
 */
export function copyProductionModules(packages, dest) {
  rmSync(dest, { recursive: true, force: true });
  const modules = join(root, 'node_modules');
  const seen = new Set();
  const queue = packages.map((p) => ({ name: p, from: root }));
  while (queue.length > 0) {
    const { name, from } = /** @type {{ name: string, from: string }} */ (queue.shift());
    const dir = resolvePackageDir(name, from);
    if (dir === null) throw new Error(`${name} (needed from ${relative(root, from) || '.'}) is not installed`);
    const real = realpathSync(dir);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const rel = relative(modules, dir);
    if (rel.startsWith('..')) throw new Error(`${name} resolves outside node_modules (${dir}): a workspace package cannot be external`);
    cpSync(real, join(dest, rel), { recursive: true, dereference: true, filter: (src) => !src.startsWith(join(real, 'node_modules')) });
    const pkg = JSON.parse(readFileSync(join(real, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.optionalDependencies };
    for (const dep of Object.keys(deps)) {
      if (resolvePackageDir(dep, dir) === null && dep in (pkg.optionalDependencies ?? {})) continue;
      queue.push({ name: dep, from: dir });
    }
  }
  return seen.size;
}

/** @param {string} dir @returns {number} bytes under dir */
function sizeOf(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, e));
    if (s.isFile()) total += s.size;
  }
  return total;
}

const mb = (/** @type {number} */ n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const modulesAt = args.indexOf('--modules');
  const started = Date.now();
  const externals = await bundle({ minify: args.includes('--minify'), sourcemap: args.includes('--sourcemap') });
  console.log(`[build] ${Object.keys(ENTRIES).length} bundles in dist/ (${mb(sizeOf(outdir))}) in ${Date.now() - started} ms; external: ${externals.join(', ')}`);
  if (modulesAt >= 0) {
    const dest = resolve(args[modulesAt + 1] ?? join(outdir, 'node_modules'));
    mkdirSync(dest, { recursive: true });
    const n = copyProductionModules([...externals, ...SERVED], dest);
    console.log(`[build] ${n} packages the bundles need in ${dest} (${mb(sizeOf(dest))})`);
  }
}
