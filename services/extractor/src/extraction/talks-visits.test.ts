import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences: an envoy's visit in person is a meeting, held or to come.
const talks = (text: string, published = '2026-05-06T09:00:00Z') => claimsOfKind('talks', text, published);

describe('envoys\' visits', () => {
  it('reads "is expected in Moscow on DATE" as a meeting to come with the host country', () => {
    const [v] = talks('A Kremlin aide said US envoy Steve Witkoff is expected in Moscow on May 12.');
    expect(v).toMatchObject({ parties: ['russia', 'united-states'], location: 'Moscow', status: 'scheduled', date: '2026-05-12' });
  });

  it('reads "is due in Kyiv on Thursday to brief the president" as scheduled', () => {
    const [v] = talks('Witkoff is due in Kyiv on Thursday to brief President Volodymyr Zelensky.');
    expect(v).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Kyiv', status: 'scheduled', date: '2026-05-07' });
  });

  it('records no meeting for a leader visiting a city of their own country', () => {
    expect(talks('President Volodymyr Zelensky visited Kharkiv on Tuesday.')).toEqual([]);
  });
});
