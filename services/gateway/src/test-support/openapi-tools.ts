import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Outside tools the OpenAPI specs run on the served document (devDependencies of the repo). */
const BIN = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../node_modules/.bin');

export interface ToolRun {
  status: number;
  output: string;
}

function runTool(name: string, args: string[], cwd: string): ToolRun {
  const r = spawnSync(join(BIN, name), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 120_000 });
  return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
}

/** `redocly lint` (recommended rules) on a document file: its exit status and its findings. */
export function redoclyLint(file: string, dir: string): ToolRun & { problems: LintProblem[] } {
  const r = runTool('redocly', ['lint', file, '--format=json'], dir);
  const start = r.output.indexOf('{');
  let problems: LintProblem[] = [];
  try {
    problems = (JSON.parse(r.output.slice(start, r.output.lastIndexOf('}') + 1)) as { problems: LintProblem[] }).problems;
  } catch {
    problems = [{ ruleId: 'unreadable-output', severity: 'error', message: r.output.slice(0, 2000) }];
  }
  return { ...r, problems };
}

/** openapi-typescript: the document as TypeScript types, written to `out`. */
export function generateClientTypes(file: string, out: string, dir: string): ToolRun {
  return runTool('openapi-typescript', [file, '--output', out], dir);
}

/** Strict tsc over the given files (no project: only them and what they import). */
export function typeCheck(files: string[], dir: string): ToolRun {
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [], skipLibCheck: false, noUnusedLocals: false },
      files,
    }),
  );
  return runTool('tsc', ['-p', tsconfig], dir);
}
