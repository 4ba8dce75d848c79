import { describe, expect, it } from 'vitest';
import { trackTotals } from './talks-totals';

describe('trackTotals', () => {
  it('counts an exchange only agreed apart from those carried out', () => {
    const t = trackTotals([
      { status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 1000, agreed: true }] },
      { status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }] },
    ]);
    expect(t.prisonersExchanged).toBe(314);
    expect(t.prisonersAgreed).toBe(1000);
  });

  it('sums exchanges, releases per side and repatriations over held rounds only', () => {
    const t = trackTotals([
      { status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 314, released: { ukraine: 157, russia: 157 } }, { type: 'energy_truce' }] },
      { status: 'held', outcomes: [{ type: 'prisoner_exchange', released: { ukraine: 90, russia: 84 } }, { type: 'bodies_repatriated', total: 1000 }] },
      { status: 'scheduled', outcomes: [{ type: 'prisoner_exchange', total: 1000 }] },
      { status: 'cancelled', outcomes: [] },
    ]);
    expect(t).toEqual({
      rounds: { held: 2, scheduled: 1, cancelled: 1 },
      prisonersExchanged: 314 + 174,
      prisonersAgreed: 0,
      releasedByParty: { russia: 241, ukraine: 247 },
      bodiesRepatriated: 1000,
      agreements: ['energy_truce'],
    });
  });
});
