import { describe, expect, it } from 'vitest';
import { GazetteerError, parseGazetteerYaml } from './load';
import { testGazetteer } from '../extraction/test-gazetteer';

describe('gazetteer', () => {
  it('loads the repository gazetteer with every corpus party', () => {
    const g = testGazetteer();
    for (const id of ['ukraine', 'russia', 'united-states', 'belarus', 'north-korea', 'european-union', 'united-kingdom', 'france', 'germany', 'turkey', 'qatar', 'saudi-arabia', 'united-arab-emirates', 'china', 'vatican', 'un'])
      expect(g.partyIds.has(id)).toBe(true);
    expect(g.adversaries.get('russia')).toEqual(['ukraine']);
  });

  it('reports each bad field by path', () => {
    const yaml = `version: 1\nparties:\n  - id: Bad Id\n    names: []\npeople:\n  - { name: X Y, surname: Y, party: nowhere }\n`;
    try {
      parseGazetteerYaml(yaml, 'test.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GazetteerError);
      const msg = (e as GazetteerError).problems.join('\n');
      expect(msg).toMatch(/parties\[0\]\.id/);
      expect(msg).toMatch(/parties\[0\]\.names/);
    }
    expect(() => parseGazetteerYaml('version: 1\nparties:\n  - {id: a, names: [A]}\npeople:\n  - {name: B C, surname: C, party: zz}\n')).toThrow(/people\[0\]\.party: unknown party id "zz"/);
    expect(() => parseGazetteerYaml(': : :')).toThrow(GazetteerError);
  });

  it('adds a conflict by config alone', () => {
    const g = parseGazetteerYaml('version: 1\nconflicts: [{sides: [aa, bb]}]\nparties:\n  - {id: aa, names: [Aland], adjectives: [Alandish]}\n  - {id: bb, names: [Bland]}\n');
    expect(g.adversaries.get('aa')).toEqual(['bb']);
  });

  it('reads the theatre of a conflict and rejects one that is not a side', () => {
    const g = parseGazetteerYaml('version: 1\nconflicts: [{sides: [aa, bb], theatre: bb}]\nparties:\n  - {id: aa, names: [Aland]}\n  - {id: bb, names: [Bland]}\n');
    expect(g.theatre).toBe('bb');
    expect(() => parseGazetteerYaml('version: 1\nconflicts: [{sides: [aa, bb], theatre: cc}]\nparties:\n  - {id: aa, names: [Aland]}\n  - {id: bb, names: [Bland]}\n  - {id: cc, names: [Cland]}\n')).toThrow(/conflicts\[0\]\.theatre/);
    expect(testGazetteer().theatre).toBe('ukraine');
  });
});
