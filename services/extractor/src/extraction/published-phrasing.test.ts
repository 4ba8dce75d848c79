import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

/**
 * Shapes of published reporting (UN updates, wires, regional officials) that the rules misread,
 * in our own sentences: counts told as nouns ("the death of N"), a second count told as "those
 * injured", an age group inside a dash aside, a pair whose second half says "others".
 */
const PUB = '2024-01-11T12:00:00Z';
const tolls = (text: string, published = PUB) => claimsOfKind('toll', text, published).map((t) => [t.value, t.party, t.measure, t.bound]);

describe('counts told as nouns', () => {
  it('reads "the death of N civilians and injury to over M others" as killed and wounded', () => {
    expect(tolls('Since early December, the UN human rights office recorded the death of 212 civilians and injury to over 640 others.')).toEqual([
      [212, 'ukraine', 'killed', 'exact'],
      [640, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
  it('gives "and those injured to over M" its own measure, not the first count’s', () => {
    expect(tolls('This brings the confirmed number of civilians killed since the start of the full-scale invasion to more than 11,300 and those injured to over 20,800, the UN said.')).toEqual([
      [11300, 'ukraine', 'killed', 'at_least'],
      [20800, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
  it('keeps the children inside a dash aside as part of the figure', () => {
    expect(tolls('The UN said the number of civilians killed since February 2022 rose to more than 11,300 – including 610 children – and those injured to over 20,800.')).toEqual([
      [11300, 'ukraine', 'killed', 'at_least'],
      [20800, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
});

describe('a pair of counts with a place after both', () => {
  it('gives both halves of "N civilians had been killed and M others wounded in Belgorod" the side of the place', () => {
    expect(tolls('The governor said in April that 131 civilians had been killed and more than 700 others had been wounded in Belgorod since the start of the war.', '2024-05-20T12:00:00Z')).toEqual([
      [131, 'russia', 'killed', 'exact'],
      [700, 'russia', 'wounded', 'at_least'],
    ]);
  });
});
