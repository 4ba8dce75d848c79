import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { boxLine, labelMeasure, labelPopulation } from './toll-box';
import { testGazetteer } from './test-gazetteer';

// Lines written for these specs: fact boxes, digests and "key: value" lines.
const PUB = '2026-03-12T09:00:00Z'; // a Thursday
const tolls = (text: string, published = PUB) =>
  extractClaims({ id: 't', published, text }, testGazetteer()).filter((c): c is Extract<ExtractedClaim, { kind: 'toll' }> => c.kind === 'toll');

describe('boxLine', () => {
  it('splits label, source and value', () => {
    expect(boxLine('Ukrainian servicemen killed (the ministry, March): about 12,000')).toMatchObject({
      label: 'Ukrainian servicemen killed',
      source: 'the ministry, March',
      value: 'about 12,000',
    });
  });

  it('is not a line whose value is prose, nor a transcript speaker', () => {
    expect(boxLine('Background: the fighting resumed in May.')).toBeNull();
    expect(boxLine('A: 4,000 people have been displaced from the district.')).toBeNull();
  });

  it('reads measure and population from the label', () => {
    expect(labelMeasure('Russian troops killed or wounded')).toBe('casualties');
    expect(labelMeasure('Ukrainian POWs held in Russia')).toBe('captured');
    expect(labelMeasure('Drones shot down')).toBeNull();
    expect(labelPopulation('Missing, soldiers and civilians', 'missing')).toBe('mixed');
    expect(labelPopulation('Ukrainian POWs', 'captured')).toBe('military');
  });
});

describe('tolls in fact boxes', () => {
  const BOX = [
    'The war in figures',
    '',
    'Russian servicemen killed or wounded (Ukraine’s General Staff, 10 March): 1,234,560',
    '',
    'Ukrainian soldiers killed (President Zelensky, February): more than 48,000',
    '',
    'Civilians killed in Ukraine (UN, to 28 February): 14,020',
    '',
    'North Korean soldiers killed or wounded (South Korean intelligence, January): 3,000 to 4,000',
    '',
    'Tanks destroyed (open-source count): 3,100',
  ].join('\n');

  it('takes the party from the counted noun, not the source in brackets', () => {
    const got = tolls(BOX);
    expect(got.find((t) => t.value === 1234560)).toMatchObject({ party: 'russia', population: 'military', measure: 'casualties', asOf: '2026-03-10', scope: 'cumulative', reporterCountry: 'ukraine' });
    expect(got.find((t) => t.value === 48000)).toMatchObject({ party: 'ukraine', measure: 'killed', bound: 'at_least', asOf: '2026-02' });
  });

  it('takes civilians’ party from where they are counted and dates "to 28 February"', () => {
    expect(tolls(BOX).find((t) => t.value === 14020)).toMatchObject({ party: 'ukraine', population: 'civilian', asOf: '2026-02-28', reportedBy: 'UN' });
  });

  it('reads a range as two tolls and a third party', () => {
    const nk = tolls(BOX).filter((t) => t.party === 'north-korea');
    expect(nk.map((t) => [t.value, t.bound])).toEqual([
      [3000, 'at_least'],
      [4000, 'at_most'],
    ]);
  });

  it('finds no toll in equipment lines', () => {
    expect(tolls(BOX).some((t) => t.value === 3100)).toBe(false);
  });
});

describe('tolls in digest lines', () => {
  it('reads a reporter inside the label and its window', () => {
    const [t] = tolls('- Russian losses claimed by Ukraine’s General Staff for the past week: up to 7,650');
    expect(t).toMatchObject({ party: 'russia', value: 7650, bound: 'at_most', scope: 'period', period: 'week', reporterCountry: 'ukraine' });
  });

  it('abstains on a line with no party or a rate', () => {
    expect(tolls('- Injured: 14, including three children')).toEqual([]);
    expect(tolls('- Russian losses per day (average, March): about 1,100')).toEqual([]);
  });
});
