import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import type { Report } from './fold/reports';
import { DEFAULT_REPORT_CACHE_ENTRIES, keepReport, reportCacheSize, reportsOf, setReportCacheEntries } from './stored-reports';

// the cache is module state shared by the unit specs of a worker: a schema of this spec's own,
// and the default bound back afterwards
const SCHEMA = 'stored_reports_spec';
afterAll(() => setReportCacheEntries(DEFAULT_REPORT_CACHE_ENTRIES));

function report(id: string): Report {
  const claim = { claimId: id, kind: 'strike', evidence: { sentence: `sentence of ${id}`, start: 0, end: 1 }, article: { published: null } } as unknown as Claim;
  return { claim, seenAt: '2025-01-01T00:00:00.000Z' };
}

/** A claims table of `ids` (all sourcing entity e1); records the claim ids whose bodies were read back. */
function fakeTx(ids: string[]): { tx: SqlExecutor; readBack: string[][] } {
  const readBack: string[][] = [];
  const query = async (text: string, params: unknown[]) => {
    if (text.includes('SELECT claim_id, entity_id')) return { rows: ids.map((claim_id) => ({ claim_id, entity_id: 'e1' })) };
    const wanted = params[0] as string[];
    readBack.push(wanted);
    return {
      rows: wanted.map((claim_id) => ({
        claim_id,
        kind: 'strike',
        entity_id: 'e1',
        article_id: 'a1',
        article_revision: 1,
        feed_id: 'f',
        article_url: 'https://example.org/a',
        article_title: 't',
        article_published: null,
        extractor_version: 'x',
        body: {},
        evidence_sentence: '',
        evidence_start: 0,
        evidence_end: 1,
        confidence: 0.9,
        seen_at: new Date('2025-01-01T00:00:00Z'),
      })),
    };
  };
  return { tx: { query } as unknown as SqlExecutor, readBack };
}

describe('the stored-report cache', () => {
  it('keeps at most the bound, least recently used out first', () => {
    setReportCacheEntries(0);
    setReportCacheEntries(10);
    for (let i = 0; i < 10; i++) keepReport(SCHEMA, report(`c${i}`));
    expect(reportCacheSize()).toBe(10);
    keepReport(SCHEMA, report('c0')); // c0 used again: c1 is now the oldest
    keepReport(SCHEMA, report('c10'));
    expect(reportCacheSize()).toBeLessThanOrEqual(10);
    const { tx, readBack } = fakeTx(['c0', 'c1', 'c10']);
    return reportsOf(tx, SCHEMA, ['e1']).then((got) => {
      expect(got.map((g) => g.report.claim.claimId)).toEqual(['c0', 'c1', 'c10']);
      expect(readBack).toEqual([['c1']]);
      // what is kept drops the evidence sentence (folds never read it)
      expect(got[0]?.report.claim.evidence.sentence).toBe('');
    });
  });

  it('with a bound of 0 keeps nothing and reads every claim back', async () => {
    setReportCacheEntries(0);
    keepReport(SCHEMA, report('z1'));
    expect(reportCacheSize()).toBe(0);
    const { tx, readBack } = fakeTx(['z1', 'z2']);
    const got = await reportsOf(tx, SCHEMA, ['e1']);
    expect(got.map((g) => g.report.claim.claimId)).toEqual(['z1', 'z2']);
    expect(readBack).toEqual([['z1', 'z2']]);
  });

  it('refuses a bound that is not a whole number', () => {
    expect(() => setReportCacheEntries(-1)).toThrow(RangeError);
    expect(() => setReportCacheEntries(1.5)).toThrow(RangeError);
  });
});
