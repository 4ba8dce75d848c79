import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences: a loss told beside a wounded count of the same side is the dead.
const PUB = '2024-12-09T10:00:00Z';
const tolls = (text: string) => claimsOfKind('toll', text, PUB).map((t) => [t.value, t.party, t.measure]);

describe('lostBesideWounded', () => {
  it('reads "has lost N soldiers" with the wounded told next as the dead', () => {
    expect(tolls('Zelensky said that Ukraine has lost 41,500 soldiers since the full-scale invasion began. Another 360,000 Ukrainian servicemen have been wounded, he added.')).toEqual([
      [41500, 'ukraine', 'killed'],
      [360000, 'ukraine', 'wounded'],
    ]);
    expect(tolls('Zelensky said Russia had lost 190,000 soldiers and another 530,000 wounded.')).toEqual([
      [190000, 'russia', 'killed'],
      [530000, 'russia', 'wounded'],
    ]);
  });

  it('keeps a bulletin\'s "lost N troops" with no wounded beside it as casualties (a guard)', () => {
    expect(tolls("Ukraine's General Staff said Russia had lost 1,290,400 troops since the start of the full-scale invasion.")).toEqual([[1290400, 'russia', 'casualties']]);
    expect(tolls('Russia has lost 1,031,300 servicemen killed or wounded since the invasion began, the General Staff said.')).toEqual([[1031300, 'russia', 'casualties']]);
  });
});
