import { canonicalJson } from '@claimwire/events';
import { describe, expect, it } from 'vitest';
import { sameJson } from './same-json';

const values: unknown[] = [
  null, undefined, 0, -0, 1, 1.5, Number.NaN, '', '0', 'a', true, false, [], [1], [1, 2], [2, 1], [null], [undefined], {}, { a: 1 },
  { a: 1, b: undefined }, { b: 2, a: 1 }, { a: 1, b: 2 }, { a: [1, { c: null }] }, { a: [1, { c: undefined }] }, { a: [1, {}] },
  { 0: 1 }, { a: { b: { c: 'x' } } }, { a: { b: { c: 'y' } } }, { a: null }, { a: 'null' }, { round: null, outcomes: [{ type: 'x', total: 3 }] },
  { outcomes: [{ total: 3, type: 'x' }], round: null },
];

describe('sameJson', () => {
  it('agrees with comparing canonicalJson on every pair', () => {
    for (const a of values) {
      for (const b of values) expect(sameJson(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).toBe(canonicalJson(a) === canonicalJson(b));
    }
  });
});
