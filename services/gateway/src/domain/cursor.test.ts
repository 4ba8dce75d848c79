import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trip the sort key of the last row', () => {
    expect(decodeCursor(encodeCursor(['2026-02-03', 'stk_1']), 2)).toEqual(['2026-02-03', 'stk_1']);
  });
  it('reject anything this API did not issue', () => {
    expect(decodeCursor('bm9wZQ', 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['a']), 2)).toBeNull();
    expect(decodeCursor(Buffer.from('[{"x":1},2]').toString('base64url'), 2)).toBeNull();
  });
});
