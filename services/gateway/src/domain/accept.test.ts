import { describe, expect, it } from 'vitest';
import { acceptsJson, wantsOnlyCsv } from './accept';

describe('Accept', () => {
  it('lets JSON through when absent, wildcard or naming a JSON type', () => {
    for (const a of [undefined, '', '*/*', 'application/json', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/*', 'application/problem+json'])
      expect(acceptsJson(a), String(a)).toBe(true);
    for (const a of ['text/csv', 'text/csv, application/json;q=0', 'application/geo+xml']) expect(acceptsJson(a), a).toBe(false);
  });

  it('wants only CSV when it names text/csv and no JSON', () => {
    expect(wantsOnlyCsv('text/csv')).toBe(true);
    expect(wantsOnlyCsv('Text/CSV; charset=utf-8')).toBe(true);
    expect(wantsOnlyCsv('text/csv, application/json;q=0')).toBe(true);
    expect(wantsOnlyCsv('text/csv, */*;q=0.1')).toBe(false);
    expect(wantsOnlyCsv('text/csv;q=0, application/json')).toBe(false);
    expect(wantsOnlyCsv('application/json')).toBe(false);
    expect(wantsOnlyCsv(undefined)).toBe(false);
  });
});
