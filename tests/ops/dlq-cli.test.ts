import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@claimwire/testing';

describe('npm run -s dlq -- list', () => {
  it('fails fast, with a hint about TOPIC_PREFIX, when the dead-letter topics do not exist', () => {
    const prefix = `nosuch-${Date.now().toString(36)}.`;
    const started = Date.now();
    const r = spawnSync('npm', ['run', '-s', 'dlq', '--', 'list'], {
      cwd: REPO_ROOT,
      env: { ...process.env, TOPIC_PREFIX: prefix },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.signal, 'killed by the timeout: it hung').toBeNull();
    expect(r.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.stderr).toContain(`no topic ${prefix}articles.dlq on the broker: is TOPIC_PREFIX right?`);
    expect(r.stdout).toBe('');
  });
});
