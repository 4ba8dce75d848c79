import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences: a called-off meeting recalled in a "the first since ..." clause.
const talks = (text: string, published = '2026-09-20T10:00:00Z') => claimsOfKind('talks', text, published);

describe('a called-off meeting recalled in passing', () => {
  it('gives the recalled meeting its own cancelled claim, with the sides of the meeting told', () => {
    const all = talks(
      'Switzerland confirmed on Saturday that Geneva will host a new round of trilateral talks between Russia, Ukraine and the United States on October 6. It will be the seventh round, and the first since a meeting planned for Doha on September 1 was called off.',
    );
    const next = all.find((c) => c.location === 'Geneva');
    expect(next).toMatchObject({ status: 'scheduled', round: 7, date: '2026-10-06', parties: ['russia', 'ukraine', 'united-states'] });
    const off = all.find((c) => c.location === 'Doha');
    expect(off).toMatchObject({ status: 'cancelled', date: '2026-09-01', parties: ['russia', 'ukraine', 'united-states'] });
  });

  it('takes the sides from a compound in the clause', () => {
    const all = talks(
      'Negotiators from Kyiv and Washington will meet in Berlin on Monday, the first such meeting since a US-Ukrainian session planned for Miami was called off in August.',
    );
    expect(all.find((c) => c.location === 'Miami')).toMatchObject({ status: 'cancelled', parties: ['ukraine', 'united-states'], date: '2026-08' });
  });

  it('records nothing without a city in the clause', () => {
    const all = talks('Delegations of Russia and Ukraine met in Istanbul on Friday, the first meeting since a planned round was called off in July.');
    expect(all.filter((c) => c.status === 'cancelled')).toEqual([]);
  });
});
