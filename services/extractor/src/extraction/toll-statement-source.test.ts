import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences: a source named in a sentence of its own, beside the figures it gave.
const PUB = '2025-05-09T10:00:00Z';
const tolls = (text: string) => claimsOfKind('toll', text, PUB).map((t) => [t.value, t.reportedBy, t.reporterId ?? null]);

describe('creditStatementSource', () => {
  it('gives the figures before "This is stated in the monthly report of X" to X', () => {
    expect(tolls('April was the deadliest month for civilians in Ukraine since last autumn, with at least 198 people killed and 1,071 injured. This is stated in the monthly report of the UN Human Rights Monitoring Mission in Ukraine.')).toEqual([
      [198, 'HRMMU', 'un-hrmmu'],
      [1071, 'HRMMU', 'un-hrmmu'],
    ]);
  });

  it('gives the figures after "The relevant statement was made by X on X" to X', () => {
    expect(tolls('The relevant statement was made by the Ministry of Defence of the United Kingdom on its website. Russian forces likely suffered approximately 48,000 killed since February 2022.')).toEqual([
      [48000, 'Ministry of Defence of the United Kingdom', 'uk-defence-ministry'],
    ]);
  });

  it('gives the figures of the next paragraph after "X has published its monthly report for April 2025" to X', () => {
    expect(tolls('The UN Human Rights Monitoring Mission in Ukraine (HRMMU) has published its monthly report on the protection of civilians for April 2025.\n\nCivilian casualties remained high in April, with at least 176 civilians killed and 801 injured in Ukraine.')).toEqual([
      [176, 'HRMMU', 'un-hrmmu'],
      [801, 'HRMMU', 'un-hrmmu'],
    ]);
  });

  it('leaves a figure with a source of its own alone, and names no source from a sentence that tells figures (guards)', () => {
    expect(tolls('Kyiv said 1,200 Russian soldiers were killed in a week. This was reported by the BBC.')).toEqual([[1200, 'Kyiv', null]]);
    expect(tolls('Russia has killed at least 400 Ukrainian civilians since January. This was reported by officials who counted 1,200 more injured.')[0]).toEqual([400, null, null]);
  });

  it('reads "The President highlighted that" as the president speaking', () => {
    expect(tolls('President Zelensky spoke in Kyiv on Sunday. The President highlighted that Russia has suffered more than 190,000 killed.')).toEqual([[190000, 'Zelensky', 'zelensky']]);
  });
});
