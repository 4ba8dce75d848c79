import { describe, expect, it } from 'vitest';
import { extractClaims, loadGazetteer } from './index';
import { gazetteerPath } from '../cli/paths';

// Own sentences, read with the shipped gazetteer (its `counts` and reporter aliases are config).
const gaz = loadGazetteer(gazetteerPath());
const tolls = (text: string) => extractClaims({ id: 't', published: '2026-07-08T10:00:00Z', text }, gaz).filter((c) => c.kind === 'toll');

describe('reporters in the shipped gazetteer', () => {
  it('gives a civilian monitor\'s count its population when the sentence names none', () => {
    const [t] = tolls('The UN monitoring mission published its June update on Tuesday. In June, the UN monitors recorded 188 deaths in Ukraine.');
    expect(t).toMatchObject({ population: 'civilian', reporterId: 'un-hrmmu', value: 188 });
  });

  it('reads a bulletin line led by its source ("General Staff: ...")', () => {
    const all = tolls("Ukraine's General Staff: Russia's losses since February 2022 have reached 1,401,220 personnel, including 960 over the past day.");
    expect(all.map((t) => (t.kind === 'toll' ? [t.value, t.reporterId, t.scope] : null))).toEqual([
      [1401220, 'ua-general-staff', 'cumulative'],
      [960, 'ua-general-staff', 'period'],
    ]);
  });

  it('does not read "confirmed by name" as a passive with an agent', () => {
    const [t] = tolls('Mediazona and the BBC Russian Service have confirmed by name the deaths of 190,020 Russian servicemen.');
    expect(t).toMatchObject({ reportedBy: 'Mediazona', value: 190020 });
  });
});

describe('"since February 24, 2022" is the invasion, not this February', () => {
  it('keeps the running total cumulative and dated the day of the report', () => {
    const all = tolls('Russia lost 1,050 soldiers over the past day, bringing its total losses since February 24, 2022 to 1,230,000, the General Staff said.');
    expect(all.map((t) => (t.kind === 'toll' ? [t.value, t.scope, t.asOf] : null))).toEqual([
      [1050, 'period', '2026-07-08'],
      [1230000, 'cumulative', '2026-07-08'],
    ]);
  });
});
