import { describe, expect, it } from 'vitest';
import { boundedChunks } from './chunks';

async function chunks(batches: string[][], max: number): Promise<string[]> {
  const out: string[] = [];
  for await (const c of boundedChunks((async function* () { yield* batches; })(), max)) out.push(c);
  return out;
}

describe('boundedChunks', () => {
  it('joins pieces across batches into chunks that end at the first piece reaching the size, bytes unchanged', async () => {
    const batches = [['ab', 'cd', 'e'], ['fgh'], [], ['i']];
    const out = await chunks(batches, 4);
    expect(out).toEqual(['abcd', 'efgh', 'i']);
    expect(out.join('')).toBe(batches.flat().join(''));
  });

  it('gives a piece longer than the size a chunk of its own and yields nothing for nothing', async () => {
    expect(await chunks([['x'.repeat(10), 'y']], 4)).toEqual(['x'.repeat(10), 'y']);
    expect(await chunks([[], []], 4)).toEqual([]);
  });

  it('keeps the default chunk under V8\'s large-object threshold for one-byte text', async () => {
    const line = `${'a'.repeat(300)}\r\n`;
    const out = await chunks([Array.from({ length: 1000 }, () => line)], undefined as unknown as number);
    expect(out.length).toBeGreaterThan(1);
    for (const c of out) expect(c.length).toBeLessThan(64 * 1024);
  });
});
