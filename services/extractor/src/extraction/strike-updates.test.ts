import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: later counts of one attack, and a second attack on the same place.
const run = (text: string) => extractClaims({ id: 't', published: '2026-07-22T18:05:00Z', text }, testGazetteer()); // a Wednesday
const strikes = (cs: ExtractedClaim[]) => cs.filter((c) => c.kind === 'strike');

describe('updated counts of one attack', () => {
  it('reads a long "death toll from <day>\'s attack ... has risen to" as the attack\'s dead, on that day', () => {
    const [s] = strikes(run("The death toll from Tuesday's Russian missile and drone attack on a residential district of Chernihiv has risen to six, the regional administration reported."));
    expect(s).toMatchObject({ locations: ['Chernihiv'], date: '2026-07-21', killed: 6 });
  });

  it('takes a later count of the injured over the first', () => {
    const [s] = strikes(run('A Russian missile hit a block of flats in Chernihiv on Tuesday, injuring 12 people. The number of injured has increased to 31, the mayor said.'));
    expect(s).toMatchObject({ locations: ['Chernihiv'], injured: 31 });
  });

  it('does not give an attack the casualties of another attack on the same place told as a repeat', () => {
    const cs = strikes(
      run(
        "The death toll from Tuesday's Russian missile attack on Chernihiv has risen to six.\n\nOvernight into Wednesday, Russian drones attacked Chernihiv once more; no one was killed, but a woman was injured, the governor said.",
      ),
    );
    expect(cs[0]).toMatchObject({ date: '2026-07-21', killed: 6 });
    expect(cs.slice(1).every((c) => c.kind === 'strike' && c.date === '2026-07-22')).toBe(true);
  });
});

describe('attacks told as apart from the one before', () => {
  it('opens a strike of its own for "new overnight ... drone attacks"', () => {
    const cs = strikes(run('The Russian attack on Ukraine yesterday killed at least 31 civilians, officials said. Meanwhile, Ukrainian authorities reported new overnight Russian drone attacks targeting the Mykolaiv region.'));
    expect(cs.map((c) => [c.killed, c.locations])).toEqual([
      [31, []],
      [null, ['Mykolaiv region']],
    ]);
  });
});

describe('warnings are not impacts', () => {
  it('takes no places from "air raid alerts were heard in the regions of ..."', () => {
    const cs = strikes(run('Russian forces attacked Ukraine with Shahed drones overnight. Air raid alerts were heard in many regions last night, including the regions of Kyiv, Sumy and Odesa.'));
    expect(cs.flatMap((c) => c.locations)).toEqual([]);
  });
});

describe('words of the source and of the weapon are not what was hit', () => {
  it('does not read "Defense Ministry" or "the ammunition used in the strike" as a military target', () => {
    const cs = strikes(run("Shelling in the centre of Belgorod killed 12 people and injured 97 on Saturday, officials said. Russia's Defense Ministry said it identified the ammunition used in the strike as Czech-made rockets."));
    expect(cs.map((c) => [c.locations, c.targetType])).toEqual([[['Belgorod'], 'unspecified']]);
  });
});
