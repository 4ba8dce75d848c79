import { describe, expect, it } from 'vitest';
import { Repairs } from './repairs';

describe('Repairs', () => {
  it('counts repeats and bounds the number of distinct messages', () => {
    const r = new Repairs();
    r.add('a');
    r.add('a');
    for (let i = 0; i < 1000; i++) r.add(`unknown entity &e${i};`);
    const list = r.list();
    expect(list[0]).toBe('a (x2)');
    expect(list.length).toBe(51);
    expect(list[50]).toBe('other repairs (x951)');
  });
});
