import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

/**
 * Follow-up reports of one story (stop 30), each in our own sentences: what a later report
 * must read the same way as the first for the read models to file both under one series or
 * one attack (the day that owns an attack, who "it" is, a wire's own tag, a reporter's other
 * names).
 */
const PUB = '2025-09-18T16:45:00Z'; // a Thursday

describe('the attack a follow-up retells', () => {
  it('dates "the death toll from Tuesday\'s missile strike" by Tuesday, not by the day rescuers finished', () => {
    const [s] = claimsOfKind('strike', 'Rescuers in Odesa ended their search of a bombed apartment block on Thursday, bringing the death toll from Tuesday\'s Russian missile strike on the city to eleven.', PUB);
    expect([s?.locations, s?.date, s?.killed]).toEqual([['Odesa'], '2025-09-16', 11]);
  });
});

describe('the day of an attack told as news', () => {
  it('dates it by the article though a ranking names the month the war began', () => {
    const [s] = claimsOfKind('strike', 'At least 14 people were killed in a major Russian missile attack on western Ukraine, officials reported. The strikes hit the city of Lutsk and were among the deadliest on the region since the full-scale war began in February 2022.', PUB);
    expect([s?.locations, s?.date, s?.killed]).toEqual([['Lutsk'], '2025-09-18', 14]);
  });
});

describe('who a follow-up credits', () => {
  it('reads "it" as the organisation named in the sentence before, after "On Friday"', () => {
    const [t] = claimsOfKind('toll', "Ukraine's General Staff posts its count every morning. On Friday it put Russia's personnel losses since February 2022 at 1,101,350.", PUB);
    expect([t?.value, t?.reportedBy]).toEqual([1101350, 'General Staff']);
  });

  it('does not take a wire\'s tag in the dateline for the source', () => {
    const [t] = claimsOfKind('toll', "LONDON, Sept 18 (NWA) – Ukraine's General Staff said on Thursday that Russia had lost 1,102,040 soldiers killed or wounded since February 2022.", PUB);
    expect([t?.value, t?.reportedBy]).toEqual([1102040, 'General Staff']);
  });

  it('does not take a wire tag in brackets ("MOSCOW (Sputnik) -") for the source, and reads "the MoD" as the Russian ministry named before with it', () => {
    const all = claimsOfKind(
      'toll',
      'MOSCOW (Sputnik) - The Ukrainian armed forces have lost more than 4,900 servicemen since the beginning of the operation in the Kursk area, the Russian Ministry of Defense (MoD) said on Thursday.\n\n"In total, during the operations in the Kursk area, the enemy lost more than 4,900 servicemen," the MoD said in a statement.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.party, t.reporterId])).toEqual([[4900, 'ukraine', 'ru-defence-ministry']]);
  });

  it('files "the General Staff of the Russian armed forces" under Russia\'s General Staff, not Ukraine\'s', () => {
    const [t] = claimsOfKind('toll', 'In June, the General Staff of the Russian armed forces claimed that Ukrainian military losses had topped 1 million.', PUB);
    expect([t?.party, t?.reporterId]).toEqual(['ukraine', 'ru-general-staff']);
  });

  it('files "the armed forces command" under the General Staff and "British military intelligence" under the UK ministry', () => {
    const [a] = claimsOfKind('toll', "Kyiv's armed forces command said on Monday that Russia had lost 1,099,500 troops since February 2022.", PUB);
    const [b] = claimsOfKind('toll', 'British military intelligence estimated that Russia had lost 1,070,000 troops killed or wounded since the invasion.', PUB);
    expect([a?.reporterId, b?.reporterId]).toEqual(['ua-general-staff', 'uk-defence-ministry']);
  });

  it('names the authors of "a separate estimate by X, based on ..., put"', () => {
    const [t] = claimsOfKind('toll', 'A separate estimate by Meduza and Mediazona, based on probate records, put the number of Russian men killed at around 205,000 by the end of June.', PUB);
    expect([t?.value, t?.reportedBy]).toEqual([205000, 'Meduza and Mediazona']);
  });

  it('reads "the Mission" as the mission named before, and dates a "when" figure by its month, not by a "since" that ranks it', () => {
    const all = claimsOfKind(
      'toll',
      'The UN Human Rights Monitoring Mission in Ukraine (HRMMU) verified that 151 civilians were killed across Ukraine during August. The figures are lower than those of July, when 277 civilians were killed, the highest monthly toll the Mission had recorded since the summer of 2022.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.asOf, t.reportedBy])).toEqual([
      [151, '2025-08', 'HRMMU'],
      [277, '2025-07', 'HRMMU'],
    ]);
  });

  it('dates "estimated in early September that" as when it was said, not as a month\'s window', () => {
    const [t] = claimsOfKind('toll', 'British military intelligence estimated in early September that Russia had suffered around 1,050,000 casualties.', PUB);
    expect([t?.value, t?.scope]).toEqual([1050000, 'cumulative']);
  });
});

describe('a running total told with a month that is no window', () => {
  const tolls = (text: string) => claimsOfKind('toll', text, '2025-06-01T10:00:00Z').map((t) => [t.value, t.scope, t.asOf]);

  it('does not make the month the war began the figure\'s window', () => {
    expect(tolls("More than 44,000 Ukrainian soldiers have been killed defending against Russia's full-scale invasion, which began in February 2022, President Zelensky said.")).toEqual([[44000, 'cumulative', '2025-06-01']]);
  });

  it('reads "But in December, X revealed N" as when it was said', () => {
    expect(tolls('But in December, President Zelensky revealed that 41,000 soldiers had been killed.')).toEqual([[41000, 'cumulative', '2024-12']]);
  });

  it('reads "last spoke of the losses in February, when he said" as when it was said', () => {
    expect(tolls('President Zelensky last spoke of Ukrainian military losses in February, when he said in an interview that 44,300 troops had been killed.')).toEqual([[44300, 'cumulative', '2025-02']]);
  });
});

