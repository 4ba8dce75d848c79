import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_NODE_OPTIONS as BENCH_NODE_OPTIONS } from '../../bench/lib/proc';
import { SERVICE_NODE_OPTIONS, serviceNodeOptions } from '../lib/node-options.mjs';

const root = resolve(import.meta.dirname, '../..');

describe("the services' V8 flags", () => {
  it('are the same in the image, start:services and the benchmarks', () => {
    const dockerfile = readFileSync(resolve(root, 'Dockerfile'), 'utf8');
    const env = /^ENV .*\bNODE_OPTIONS=(\S+)/m.exec(dockerfile)?.[1];
    expect(env).toBe(SERVICE_NODE_OPTIONS);
    expect(BENCH_NODE_OPTIONS).toBe(SERVICE_NODE_OPTIONS);
    expect(SERVICE_NODE_OPTIONS).toMatch(/^--max-semi-space-size=\d+$/);
  });

  it("give way to the caller's NODE_OPTIONS, even an empty one", () => {
    expect(serviceNodeOptions({})).toBe(SERVICE_NODE_OPTIONS);
    expect(serviceNodeOptions({ NODE_OPTIONS: '--max-semi-space-size=16' })).toBe('--max-semi-space-size=16');
    expect(serviceNodeOptions({ NODE_OPTIONS: '' })).toBe('');
  });
});
