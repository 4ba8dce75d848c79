import { describe, expect, it } from 'vitest';
import { periodWindow } from './toll-shape';
import { claimsOfKind } from './test-gazetteer';

// Phrases written for these specs.
describe('periodWindow', () => {
  it('reads the day, week and month windows stated as such', () => {
    expect(periodWindow('losses over the past 24 hours came to 950')).toBe('day');
    expect(periodWindow('in the week ending Sunday, 6,100 troops')).toBe('week');
    expect(periodWindow('civilians killed in March')).toBe('month');
  });

  it('takes a span of months or a season as another window', () => {
    expect(periodWindow('more than 30,000 soldiers were killed between October and January')).toBe('other');
    expect(periodWindow('the army lost 12,000 men this winter')).toBe('other');
  });

  it('does not take the day a figure was said for its window', () => {
    expect(periodWindow('12,000 soldiers were killed, the ministry said on Thursday')).toBe('other');
    expect(periodWindow('on Thursday alone, 1,200 soldiers were killed')).toBe('day');
  });
});

describe('figures that are no toll, or whose party a headline dash would hide', () => {
  const tolls = (t: string) => claimsOfKind('toll', t, '2025-06-12T10:00:00Z').map((c) => [c.party, c.measure, c.value]);

  it('reads no toll from the total of one named attack', () => {
    expect(tolls('Missiles hit Kyiv overnight. In total, four people were killed in Kyiv in the latest attack, in which eight ballistic missiles were fired.')).toEqual([]);
    expect(tolls('In total, 1,300 civilians have been killed in the region since the start of the war.')).toEqual([['ukraine', 'killed', 1300]]);
  });

  it('reads no toll from the missing of one attack', () => {
    expect(tolls('Two buildings were destroyed by a missile in the Obolonskyi district, with four children still unaccounted for.')).toEqual([]);
  });

  it('reads no toll from a rate per area', () => {
    expect(tolls('Russian forces are suffering roughly 180 casualties per square kilometre of ground gained, an adviser said.')).toEqual([]);
  });

  it('reads no party from the cause of displacement', () => {
    expect(tolls('The minister said on Monday that 1.3 million people had registered as internally displaced as a result of the Russian invasion.')).toEqual([['ukraine', 'displaced', 1300000]]);
  });

  it('keeps the party of the counted noun when the headline names its source after a dash', () => {
    expect(tolls('Russian casualties top 950,000 — Ukrainian military')).toEqual([['russia', 'casualties', 950000]]);
    expect(tolls('Russian losses pass 960,000 — Ukrainian military')).toEqual([['russia', 'casualties', 960000]]);
  });
});

describe('running totals in bulletin wording', () => {
  const tolls = (t: string) => claimsOfKind('toll', t, '2025-02-10T10:00:00Z').map((c) => [c.measure, c.value, c.scope]);

  it('reads "lost a total of N troops" as a count', () => {
    expect(tolls("As of Feb. 9, Russia has lost a total of 842,150 troops since the full-scale invasion began, Ukraine's General Staff reported.")).toEqual([['casualties', 842150, 'cumulative']]);
  });

  it('reads a measure of its own inside a casualty total, and a week-earlier comparison as no window', () => {
    const [, , part] = claimsOfKind('toll', 'North Korean military casualties have reached between 4,500 and 5,000, including about 1,800 killed, the agency said.', '2025-02-10T10:00:00Z');
    expect(part).toMatchObject({ party: 'north-korea', population: 'military', measure: 'killed', value: 1800 });
    expect(tolls('Civilian casualties in Ukraine since the start of the war reached 19,020 (a week earlier some 18,900), including 7,280 killed, the monitors said on Monday.')).toEqual([
      ['casualties', 19020, 'cumulative'],
      ['killed', 7280, 'cumulative'],
    ]);
  });
});

describe('a figure with no counted noun', () => {
  it('counts the people of the figure just told, a paragraph or two on', () => {
    const cs = claimsOfKind(
      'toll',
      'UN human rights monitors said on Tuesday that at least 1,900 civilians were killed in Ukraine in 2024.\n\nThe real figures are likely higher, they said.\n\nIn December more than 120 were killed and 640 injured, the monitors noted.',
      '2025-01-14T10:00:00Z',
    );
    expect(cs.map((c) => [c.party, c.population, c.measure, c.value, c.asOf])).toEqual([
      ['ukraine', 'civilian', 'killed', 1900, '2024'],
      ['ukraine', 'civilian', 'killed', 120, '2024-12'],
      ['ukraine', 'civilian', 'wounded', 640, '2024-12'],
    ]);
  });
});

describe('estimates told as an approximate range from the start of the war', () => {
  it('gives both ends, as a running total at the end of the span', () => {
    const cs = claimsOfKind('toll', 'A Washington think tank said there had been approximately 40,000 to 50,000 Russian combat deaths between February 2022 and January 2023.', '2023-02-20T10:00:00Z');
    expect(cs.map((c) => [c.value, c.bound, c.scope, c.asOf])).toEqual([
      [40000, 'at_least', 'cumulative', '2023-01'],
      [50000, 'at_most', 'cumulative', '2023-01'],
    ]);
  });
});

describe('estimates told with a modal, a misspelling and a clause of what the losses hold', () => {
  const tolls = (t: string) => claimsOfKind('toll', t, '2023-06-02T10:00:00Z').map((c) => [c.measure, c.value, c.bound]);

  it('reads "may have lost" and "may amount to" as estimates, the listed kinds as no measure of their own', () => {
    expect(tolls("Independent researchers say Russia may have lost about 47,000 men. Russia's total irretrievable losses, which include wounded, killed or missing, may amount to 210,000.")).toEqual([
      ['casualties', 47000, 'approx'],
      ['casualties', 210000, 'exact'],
    ]);
  });

  it('reads the common misspelling "causalities", and "shared" as a source speaking', () => {
    const cs = claimsOfKind('toll', "Britain's defence ministry shared in an update on Friday that Russian forces have likely suffered between 180,000 and 210,000 causalities.", '2023-02-17T10:00:00Z');
    expect(cs.map((c) => [c.measure, c.value, c.bound, c.reportedBy])).toEqual([
      ['casualties', 180000, 'at_least', 'defence ministry'],
      ['casualties', 210000, 'at_most', 'defence ministry'],
    ]);
  });

  it('still abstains from a hypothetical', () => {
    expect(tolls('An offensive could cost up to 5,000 soldiers their lives, officials warned.')).toEqual([]);
  });
});

describe('a count since a day well after the war began', () => {
  it('is a window, while a count since the invasion is the running total', () => {
    const tolls = (t: string) => claimsOfKind('toll', t, '2025-06-12T10:00:00Z').map((c) => [c.value, c.scope, c.period ?? null]);
    expect(tolls('Russian forces have sustained 640,000 casualties since January 2024, the General Staff said.')).toEqual([[640000, 'period', 'other']]);
    expect(tolls('Russian forces have sustained 990,000 casualties since February 2022, the General Staff said.')).toEqual([[990000, 'cumulative', null]]);
    expect(tolls("The ministry has not published a figure since September 2022, when it said 5,937 soldiers had been killed.").map(([, scope]) => scope)).not.toContain('period');
  });
});

describe('a number given after a dash or colon', () => {
  it('reads "the number of Russians killed in the war thus far -- N"', () => {
    const cs = claimsOfKind('toll', 'The spy chief also gave an estimate of the number of Russians killed in the war thus far -- 16,000.', '2022-07-21T10:00:00Z');
    expect(cs.map((c) => [c.party, c.measure, c.value])).toEqual([['russia', 'killed', 16000]]);
  });
});

describe('neither whose people nor a toll', () => {
  const tolls = (t: string) => claimsOfKind('toll', t, '2023-06-02T10:00:00Z').map((c) => [c.party, c.measure, c.value]);

  it('takes no party from where soldiers fell', () => {
    expect(tolls('Volunteers have identified around 1,800 mercenaries who have been killed in Ukraine.').map(([p]) => p)).not.toContain('ukraine');
  });

  it('reads no displacement from residents evacuated from one hit building', () => {
    expect(tolls('In Odesa, some 60 people were evacuated from a residential building on Thursday morning after a Russian drone hit its upper floors, the governor said.')).toEqual([]);
  });
});

describe('people counted right after a civilian count is named', () => {
  it('are the theatre side\'s civilians', () => {
    const cs = claimsOfKind('toll', 'The UN mission said Russian missile and drone attacks in recent weeks led to a surge in civilian casualties. More than 120 individuals lost their lives in December, it said.', '2024-01-16T10:00:00Z');
    expect(cs.map((c) => [c.party, c.population, c.measure, c.value])).toEqual([['ukraine', 'civilian', 'killed', 120]]);
  });
});
