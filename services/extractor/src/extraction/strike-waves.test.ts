import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own text: one night's wave told place by place.
const strikes = (text: string, published = '2026-02-11T08:00:00Z') => claimsOfKind('strike', text, published);

const WAVE = [
  'Russia struck Ukraine\'s power grid with drones and missiles overnight, killing three people in Odesa, the regional governor said.',
  'In Zaporizhzhia, a drone hit a private house, injuring two residents, the regional administration reported.',
  'Substations in the Volyn and Rivne regions were also targeted, the grid operator said.',
  'Last week, a missile struck a school in Sumy.',
].join('\n\n');

describe('an overnight wave told place by place', () => {
  const all = strikes(WAVE);

  it('gives a place told without its own day the day of the wave', () => {
    expect(all.find((c) => c.locations.includes('Zaporizhzhia'))).toMatchObject({ date: '2026-02-11', attacker: 'russia', injured: 2 });
  });

  it('reads "were also targeted" as more of the same side\'s wave', () => {
    const grid = all.find((c) => c.locations.some((l) => /Volyn/.test(l)));
    expect(grid).toMatchObject({ attacker: 'russia', target: 'ukraine', targetType: 'energy', date: '2026-02-11' });
  });

  it('does not give the wave\'s day to an attack told as another occasion', () => {
    expect(all.find((c) => c.locations.includes('Sumy'))?.date ?? null).not.toBe('2026-02-11');
  });
});

describe('who struck, and a second attack on the same city', () => {
  it('reads "its forces had hit a depot used by Russian troops" as the reporting side\'s strike', () => {
    const [s] = strikes("Ukraine's General Staff said on Friday that its forces had hit a fuel depot used by Russian troops in Kursk region overnight.", '2026-05-15T11:30:00Z');
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia' });
  });

  it('keeps an attack told after "the city was hit again" apart from the first', () => {
    const all = strikes(
      [
        'A Russian missile hit an apartment building in Odesa early on Thursday, killing five people, the governor said on Friday.',
        'Hours later the city was hit again. Russian drones struck a warehouse in the port of Odesa on Friday morning, injuring two workers.',
      ].join('\n\n'),
      '2026-05-15T11:30:00Z',
    );
    expect(all.map((c) => [c.date, c.killed, c.injured])).toEqual([
      ['2026-05-14', 5, null],
      ['2026-05-15', null, 2],
    ]);
  });
});
