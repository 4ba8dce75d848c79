import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: a party is read, or the figure is left out; never guessed.
const PUB = '2026-03-12T09:00:00Z'; // a Thursday
const tolls = (text: string, published = PUB) =>
  extractClaims({ id: 't', published, text }, testGazetteer()).filter((c): c is Extract<ExtractedClaim, { kind: 'toll' }> => c.kind === 'toll');

describe('civilians counted "in the region"', () => {
  it('takes the side of the region named before', () => {
    const got = tolls('Shelling hit the Belgorod region again overnight, the governor wrote. In February, 14 civilians were killed in the region and 30 were wounded.');
    expect(got.find((t) => t.value === 14)).toMatchObject({ party: 'russia', population: 'civilian', measure: 'killed' });
  });

  it('takes Ukraine for a Ukrainian region', () => {
    const got = tolls('The Kharkiv region was shelled 40 times on Monday. Since January, 61 civilians have been killed in the region, the regional head said.');
    expect(got.find((t) => t.value === 61)).toMatchObject({ party: 'ukraine', population: 'civilian' });
  });
});

describe('a running total after a repeated figure', () => {
  it('keeps the side of the figure it continues', () => {
    const text = [
      'Kyiv says Russia lost 980 troops in a day',
      '',
      "Ukraine's General Staff says Russia lost 980 soldiers killed or wounded over the past 24 hours, bringing its total since February 2022 to 1,250,400.",
    ].join('\n');
    expect(tolls(text).find((t) => t.value === 1250400)).toMatchObject({ party: 'russia', scope: 'cumulative' });
  });
});

describe('no side from the speaker when the other side is named', () => {
  it('does not give the speaker’s side to troops counted after the enemy is named', () => {
    const got = tolls("Ukraine's General Staff says Russia lost 900 soldiers over the past day, and that since 2022 some 1,100,200 troops have been killed or wounded.");
    expect(got.some((t) => t.value === 1100200 && t.party === 'ukraine')).toBe(false);
  });
});

describe('no side from how often a country is mentioned', () => {
  it('leaves out a count of people with no side in an article that mentions Russia most', () => {
    const got = tolls('Russia and Russia’s allies met in Minsk on Tuesday, and Russia’s foreign minister spoke there. Elsewhere, 55 people were killed in the fighting.');
    expect(got.some((t) => t.value === 55 && t.party === 'russia')).toBe(false);
  });
});

describe('a part of the figure just reported', () => {
  it('takes the side of the figure the sentence opens on, not the speaker\'s', () => {
    const text = [
      "Ukraine's military command said on Thursday that Russia had lost more than 850,000 troops killed or wounded since the invasion.",
      '',
      'That total includes 1,120 casualties over the past day, the command said in its morning summary.',
    ].join('\n');
    expect(tolls(text).find((t) => t.value === 1120)).toMatchObject({ party: 'russia', scope: 'period' });
  });

  it('does not carry the side to a sentence that opens on something else', () => {
    const text = [
      "Ukraine's military command said on Thursday that Russia had lost more than 850,000 troops killed or wounded since the invasion.",
      '',
      'A hospital in the city includes 40 beds for the wounded, the command said.',
    ].join('\n');
    expect(tolls(text).find((t) => t.value === 40)).toBeUndefined();
  });
});
