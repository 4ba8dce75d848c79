import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { testGazetteer } from './test-gazetteer';

// Own sentences: a figure whose source is the sentence before it.
const tolls = (text: string) =>
  extractClaims({ id: 't', published: '2026-10-08T10:00:00Z', text }, testGazetteer()).flatMap((c) => (c.kind === 'toll' ? [c] : []));

describe('a reporter carried from the sentence before', () => {
  it('carries the source of the same side\'s figure to the daily figure after it, even across a paragraph', () => {
    const all = tolls('Russia has lost about 1,401,000 personnel since the full-scale invasion began, the General Staff reported. Over the past day the losses amounted to 1,020.');
    expect(all.map((t) => [t.value, t.reportedBy])).toEqual([
      [1401000, 'General Staff'],
      [1020, 'General Staff'],
    ]);
    const apart = tolls('Russia has lost about 1,401,000 personnel since the full-scale invasion began, the General Staff reported.\n\nOver the past day alone, Russian troops lost 1,020 soldiers killed and wounded.');
    expect(apart.map((t) => [t.value, t.reportedBy])).toEqual([
      [1401000, 'General Staff'],
      [1020, 'General Staff'],
    ]);
  });

  it('takes the source from a lead-in that publishes the figures', () => {
    const [t] = tolls('Governor Vyacheslav Gladkov published his monthly summary on Wednesday. Twenty-one civilians were killed in the Belgorod region in September.');
    expect(t).toMatchObject({ value: 21, reportedBy: 'Gladkov' });
  });

  it('carries nothing to a sentence that weighs another source', () => {
    const all = tolls('Russia has lost about 1,401,000 personnel, the General Staff reported. Independent estimates put the dead alone at 230,000.');
    expect(all.find((t) => t.value === 230000)?.reportedBy ?? null).toBeNull();
  });

  it('reads no source in "the ministry has not disclosed"', () => {
    const all = tolls('The ministry has not disclosed its own losses since 2022, when it put the number of Russian dead at 5,937.');
    expect(all.every((t) => t.reportedBy === null || !/not/.test(t.reportedBy))).toBe(true);
  });
});

describe('"over the previous week" is a window', () => {
  it('reads a weekly claim as a period of a week', () => {
    const [t] = tolls("Russia's defence ministry said on Saturday that Ukraine had lost up to 8,100 troops over the previous week.");
    expect(t).toMatchObject({ value: 8100, scope: 'period', period: 'week', reporterId: 'ru-defence-ministry' });
  });
});

describe('a source named again by its title', () => {
  it('carries to every figure of the sentence, and several losses at once are casualties', () => {
    const cs = tolls(
      "Ukrainian troops have killed, wounded or captured 21,300 Russian soldiers in the Bryansk region since May, the army chief Oleksandr Syrskyi said on Friday.\n\nAccording to the general, 8,100 Russian soldiers have been killed and 12,600 wounded since May 3.",
    );
    expect(cs.map((c) => [c.measure, c.value, c.reportedBy])).toEqual([
      ['casualties', 21300, 'Syrskyi'],
      ['killed', 8100, 'Syrskyi'],
      ['wounded', 12600, 'Syrskyi'],
    ]);
  });
});

describe('sources named in other shapes', () => {
  it('takes the source named just after a figure ("This is what X told CNN"), and reads "cost the lives of"', () => {
    const all = tolls('The invasion has so far cost the lives of some 1,300 Ukrainian soldiers. This is what President Volodymyr Zelensky told a US broadcaster in an interview.');
    expect(all.map((c) => [c.party, c.measure, c.value, c.reportedBy])).toEqual([['ukraine', 'killed', 1300, 'Zelensky']]);
  });

  it('reads "spoke of" as a source speaking', () => {
    const [c] = tolls('Moscow itself recently spoke of some 1,350 soldiers killed in its ranks.');
    expect(c?.reportedBy).toBe('Moscow');
  });
});

describe('sources in headline and briefing shapes', () => {
  it('takes the source a headline names after a dash', () => {
    const [c] = tolls('Russian casualties top 1.1 million — Ukraine General Staff');
    expect(c).toMatchObject({ party: 'russia', value: 1100000, reportedBy: 'General Staff' });
  });

  it('takes the closing source over a publisher leading the headline', () => {
    const [c] = tolls('Institute for the Study of War: Russian casualties top 1.1 million — Ukraine General Staff');
    expect(c).toMatchObject({ party: 'russia', value: 1100000, reportedBy: 'General Staff' });
  });

  it('names a country\'s lawmaker with the role, not the bare adjective', () => {
    const [c] = tolls('A South Korean lawmaker said around 300 North Korean soldiers are believed to have been killed.');
    expect(c?.reportedBy).toBe('South Korean lawmaker');
  });
});

describe('a "Source:" line after the figures, in the style of Kyiv outlets', () => {
  it('names the source of the paragraph above it, resolved to its entity', () => {
    const all = tolls("The Russians have killed at least 560 Ukrainian children and injured at least 1,400 more since the beginning of the full-scale invasion.\n\nSource: Ukraine's Prosecutor General's Office on Telegram");
    expect(all.map((c) => [c.value, c.reportedBy, c.reporterId])).toEqual([
      [560, "Ukraine's Prosecutor General's Office", 'ua-prosecutor-general'],
      [1400, "Ukraine's Prosecutor General's Office", 'ua-prosecutor-general'],
    ]);
  });
});
