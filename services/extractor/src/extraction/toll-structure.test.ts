import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: whose people a figure counts, rates, ranges and footnotes.
const PUB = '2026-03-12T09:00:00Z'; // a Thursday
const tolls = (text: string, published = PUB) =>
  extractClaims({ id: 't', published, text }, testGazetteer()).filter((c): c is Extract<ExtractedClaim, { kind: 'toll' }> => c.kind === 'toll');

describe('toll party from the counted noun, not the speaker', () => {
  it('reads the modifier of the loss noun, not the possessive of the reporter', () => {
    const [t] = tolls("Ukraine's General Staff put Russian personnel losses at 1,212,400 since the invasion began.");
    expect(t).toMatchObject({ party: 'russia', measure: 'casualties', value: 1212400, scope: 'cumulative' });
  });

  it('reads "the losses of the Russian army in Ukraine" as Russian, not the place', () => {
    const [t] = tolls('The combat losses of the Russian army in Ukraine since February 2022 amount to about 1,301,000 personnel, the General Staff reported.');
    expect(t).toMatchObject({ party: 'russia', value: 1301000, bound: 'approx' });
  });

  it('reads Ukrainian losses claimed by the Russian ministry as a Ukrainian toll', () => {
    const [t] = tolls('Ukrainian losses over the past day, as claimed by the Russian Defence Ministry, came to up to 1,305 servicemen.');
    expect(t).toMatchObject({ party: 'ukraine', value: 1305, bound: 'at_most', scope: 'period' });
  });

  it('reads a third party by its adjective: North Korean troops', () => {
    const [t] = tolls('Seoul estimates that North Korean casualties in the Kursk fighting have reached 4,700.');
    expect(t).toMatchObject({ party: 'north-korea', measure: 'casualties', value: 4700 });
  });
});

describe('figures that are not tolls', () => {
  it('drops rates and ratios', () => {
    expect(tolls('The ministry says Moscow is losing an average of 1,150 soldiers in Donetsk, well below earlier peaks.')).toEqual([]);
    expect(tolls('Kyiv claims that some 1,400 Russian soldiers are killed or wounded every day on the eastern front.')).toEqual([]);
    expect(tolls('The commander said Russia loses about four soldiers for every Ukrainian killed.')).toEqual([]);
  });

  it('drops footnote marks and counts of families', () => {
    expect(tolls('The mission has verified 14,220 civilian deaths since 2022.[3]').map((t) => t.value)).toEqual([14220]);
    expect(tolls('The regional office supports about 640 families of missing soldiers.')).toEqual([]);
  });
});

describe('ranges are two tolls', () => {
  it('reads "between X and Y" as at least X and at most Y', () => {
    const ts = tolls('Western officials put Russian deaths at between 140,000 and 172,000 since the start of the invasion.');
    expect(ts.map((t) => [t.party, t.measure, t.value, t.bound])).toEqual([
      ['russia', 'killed', 140000, 'at_least'],
      ['russia', 'killed', 172000, 'at_most'],
    ]);
  });

  it('reads "X to Y" and "50-70,000" ranges, scaling a short low end', () => {
    expect(tolls('Analysts estimate that 3,100 to 3,900 North Korean soldiers have been killed so far.').map((t) => [t.value, t.bound])).toEqual([
      [3100, 'at_least'],
      [3900, 'at_most'],
    ]);
    expect(tolls('Independent researchers think 60-85,000 Russian soldiers have been killed in total.').map((t) => [t.value, t.bound])).toEqual([
      [60000, 'at_least'],
      [85000, 'at_most'],
    ]);
  });

  it('does not read a rise "from X to Y" as a range', () => {
    const ts = tolls('The number of civilians killed in the region rose from 310 to 354 since January.');
    expect(ts.map((t) => t.bound)).not.toContain('at_most');
  });
});

describe("one attack's dead and injured are the strike's, not tolls", () => {
  it('drops small unscoped counts in an attack report or a named town', () => {
    expect(tolls('A glide bomb hit a market in Kostiantynivka on Wednesday, killing four people and injuring 17, the governor said.')).toEqual([]);
    expect(tolls('The number of people killed in Zaporizhzhia has risen to six, the mayor says.')).toEqual([]);
  });

  it('keeps scoped counts: a running total or a window', () => {
    expect(tolls('The governor said 212 civilians have been killed in the region since 2022 by drones and shelling.').map((t) => t.value)).toEqual([212]);
    expect(tolls('In February, 131 civilians were killed and 540 injured in attacks across Ukraine, the UN mission said.').map((t) => t.value)).toEqual([131, 540]);
  });

  it('ends a sentence at a footnote mark, so the next sentence does not scope the figure', () => {
    expect(tolls('Officials said drones struck Sumy, killing three civilians.[2] Attacks on the city have grown since early June.')).toEqual([]);
  });
});

describe('prisoners still held after an exchange', () => {
  it('keeps those who remain in captivity as a toll', () => {
    const ts = tolls('After the swap, more than 6,400 Ukrainian servicemen remain in Russian captivity, the headquarters said.');
    expect(ts.map((t) => [t.party, t.measure, t.value, t.bound])).toEqual([['ukraine', 'captured', 6400, 'at_least']]);
  });
});

describe('population of a third party', () => {
  it('reads casualties of a side fighting away from home as military', () => {
    const [t] = tolls('Seoul says North Korean casualties have climbed to 3,800 since they were sent to the front.');
    expect(t).toMatchObject({ party: 'north-korea', population: 'military', value: 3800 });
  });
});

describe('toll measure of paired figures', () => {
  it('does not give the first figure of "killed N and injured M" the measure of the second', () => {
    const ts = tolls('Russian attacks killed 14 civilians and injured 52 in the Kherson region over the past week, the prosecutor said.');
    expect(ts.map((t) => [t.measure, t.value])).toEqual([
      ['killed', 14],
      ['wounded', 52],
    ]);
  });
});
