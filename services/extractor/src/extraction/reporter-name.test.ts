import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { reporterName, shouted, sidesOnly, withoutClock } from './reporter-name';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: who reports a toll, and phrases that name no one.
const run = (text: string) => extractClaims({ id: 't', published: '2026-03-10T10:00:00Z', text }, testGazetteer());
const reporters = (cs: ExtractedClaim[]) => cs.flatMap((c) => (c.kind === 'toll' ? [c.reportedBy] : []));

describe('reporter names', () => {
  it('takes a clock off the front of a source phrase', () => {
    expect(withoutClock('12:30 GMT Ukraine')).toBe('Ukraine');
    expect(withoutClock('30 GMT Ukraine')).toBe('Ukraine');
    expect(withoutClock('General Staff')).toBe('General Staff');
  });

  it('knows a heading in capitals from an acronym', () => {
    expect(shouted('TALLY OF THE WAR')).toBe(true);
    expect(shouted('RECKONING')).toBe(false);
    expect(shouted('UN HRMMU')).toBe(false);
    expect(shouted('General Staff')).toBe(false);
  });

  it('knows sides named together from one source', () => {
    expect(sidesOnly('Ukrainian and Russian', ['Ukrainian', 'Russian'])).toBe(true);
    expect(sidesOnly('Ukraine, Russia', ['Ukraine', 'Russia'])).toBe(true);
    expect(sidesOnly('Russian Defence Ministry', ['Russian'])).toBe(false);
  });

  it('shows no reporter for a heading, a clock or two sides, and keeps a named one', () => {
    expect(reporterName('TALLY OF THE WAR', [])).toBeNull();
    expect(reporterName('GMT Ukraine', ['Ukraine'])).toBe('Ukraine');
    expect(reporterName('Ukrainian and Russian officials', ['Ukrainian', 'Russian'])).toBeNull();
    expect(reporterName('Zelensky', [])).toBe('Zelensky');
    expect(reporterName(null, [])).toBeNull();
    expect(reporterName('Western', [])).toBeNull();
    expect(reporterName("Kyiv's", ['Kyiv'])).toBe('Kyiv');
  });
});

describe('reporters of tolls in extraction', () => {
  it('gives no reporter for two sides speaking together', () => {
    expect(reporters(run('At least 13,000 civilians have died in the war, Ukrainian and Russian sources say, though the figures are disputed.'))).toEqual([null]);
    expect(reporters(run('Ukrainian and Russian officials say more than 10,000 people remain missing.'))).toEqual([null]);
  });

  it('gives no reporter for an adjective left alone', () => {
    expect(reporters(run('Russia has lost about 1.1 million troops killed or wounded, Western estimates suggest.'))).toEqual([null]);
  });

  it('does not read a liveblog clock into the reporter', () => {
    expect(reporters(run('12:30 GMT Ukraine says 40 civilians were killed in the past week.'))).toEqual(['Ukraine']);
  });

  it('keeps a named reporter', () => {
    expect(reporters(run('Ukraine has lost 46,000 soldiers since the invasion, President Zelensky said on Monday.'))).toEqual(['Zelensky']);
  });
});
