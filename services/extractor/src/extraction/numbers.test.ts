import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberWords } from './numbers';

const one = (s: string) => findNumbers(s).filter((n) => !n.unit).map((n) => [n.value, n.bound]);

describe('findNumbers', () => {
  it.each([
    ['Officials counted 48,200 dead.', 48200],
    ['Officials counted 48 200 dead.', 48200],
    ['a total of 2.5 million people', 2_500_000],
    ['some 3.4m refugees', 3_400_000],
    ['an estimated 25k troops', 25_000],
    ['eleven soldiers', 11],
    ['a dozen medics', 12],
    ['three hundred sailors', 300],
    ['forty-two civilians', 42],
    ['half a million people', 500_000],
    ['Russia lost 1,093,170 troops', 1_093_170],
    ['around 1.2m casualties', 1_200_000],
    ['some 40k soldiers', 40_000],
  ])('reads %s', (s, v) => {
    expect(one(s)[0]?.[0]).toBe(v);
  });

  it.each([
    ['more than 900 people', 'at_least'],
    ['over 900 people', 'at_least'],
    ['at least 900 people', 'at_least'],
    ['upwards of 900 people', 'at_least'],
    ['900-plus people', 'at_least'],
    ['900+ people', 'at_least'],
    ['almost 900 people', 'at_most'],
    ['nearly 900 people', 'at_most'],
    ['up to 900 people', 'at_most'],
    ['just under 900 people', 'at_most'],
    ['about 900 people', 'approx'],
    ['around 900 people', 'approx'],
    ['some 900 people', 'approx'],
    ['an estimated 900 people', 'approx'],
    ['roughly 900 people', 'approx'],
    ['approximately 900 people', 'approx'],
    ['900 people', 'exact'],
  ])('qualifier in %s', (s, bound) => {
    expect(one(s)[0]?.[1]).toBe(bound);
  });

  it('never turns vague amounts into values', () => {
    expect(one('thousands of people fled')).toEqual([]);
    expect(one('tens of thousands were displaced')).toEqual([]);
    expect(one('hundreds of homes')).toEqual([]);
    expect(one('several thousand soldiers')).toEqual([]);
    expect(one('dozens of villages')).toEqual([]);
  });

  it('marks units, money, years and dates', () => {
    const units = findNumbers('It cost $4 billion, took 30 days, moved 70,000 tonnes and 12% more in 2023 on May 9.').map((n) => n.unit);
    expect(units).toEqual(['currency', 'days', 'tonnes', '%', 'year', 'day']);
  });

  it('does not read "one of" or "no one" as a count', () => {
    expect(one('one of the units was hit; no one was hurt')).toEqual([]);
  });

  it('parses number words', () => {
    expect(parseNumberWords('two thousand five hundred')).toBe(2500);
    expect(parseNumberWords('thousand')).toBeNull();
  });
});

describe('dates are not counts', () => {
  it.each([
    'since Feb. 24, 2022, officials said',
    'on 24 Feb 2022 the war began',
    'the talks on Oct. 11-12 ended',
    'a strike on 2/24 was recorded',
    'met on Sept. 3',
    'date 2024-10-26 the toll rose',
    'updated 2023-3-7',
  ])('%s has no count', (s) => {
    expect(one(s)).toEqual([]);
  });
});

describe('a day closing a range before a count', () => {
  it('reads "from February 24 to 28 358 people" as the 28th and 358, not 28,358', () => {
    const values = findNumbers('From February 24 to 28 358 people died.').map((n) => n.value);
    expect(values).toContain(358);
    expect(values).not.toContain(28358);
    expect(findNumbers('A total of 28 358 people died.').map((n) => n.value)).toEqual([28358]);
  });
});
