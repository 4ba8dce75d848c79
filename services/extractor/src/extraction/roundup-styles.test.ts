import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs (1.4.0 rules): regional night reports, diplomatic pieces, monthly statistics.
const PUB = '2026-05-12T09:00:00Z'; // a Tuesday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const kind = <K extends ExtractedClaim['kind']>(cs: ExtractedClaim[], k: K) => cs.filter((c) => c.kind === k) as Extract<ExtractedClaim, { kind: K }>[];

describe('regional night reports', () => {
  const report = [
    'Russian forces struck several regions of Ukraine overnight on May 11 with missiles and drones.',
    'Odesa oblast\n\nIn Odesa, a drone hit a residential building. Three people were wounded, the regional administration said.',
    'Poltava oblast\n\nIn Kremenchuk, occupiers dropped guided bombs on an industrial site. A 41-year-old man died.',
  ].join('\n\n');

  it('reads the place-less lead as a wave summary: one strike per place, dated by the lead', () => {
    const ss = kind(run(report), 'strike');
    expect(ss.map((s) => s.locations[0])).toEqual(['Odesa', 'Kremenchuk']);
    expect(ss.every((s) => s.date === '2026-05-11' && s.attacker === 'russia')).toBe(true);
  });

  it('reads "occupiers dropped guided bombs" as an attack and "a man died" as one killed', () => {
    const s = kind(run(report), 'strike').find((x) => x.locations.includes('Kremenchuk'));
    expect(s).toMatchObject({ targetType: 'industrial', weapons: ['glide-bomb'], killed: 1 });
  });

  it('reads "Shahed drones damaged" as an attack, not a toll of the drones\' side', () => {
    const cs = run('Shahed drones damaged grain terminals in the port of Izmail overnight. Two dock workers were injured.');
    expect(kind(cs, 'strike')).toMatchObject([{ attacker: 'russia', targetType: 'port', locations: ['Izmail'], injured: 2 }]);
    expect(kind(cs, 'toll')).toEqual([]);
  });

  it('counts injured children as the theatre\'s civilians and keeps a regional body\'s full name', () => {
    const [t] = kind(run('According to the Sumy regional prosecutor\'s office, 140 children have been injured in the region since the start of the invasion.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', measure: 'wounded', value: 140 });
    expect(t!.reportedBy).toMatch(/prosecutor/);
  });
});

describe('diplomatic pieces', () => {
  it('seats a quoted envoy even when the quotation says "could"', () => {
    const [t] = kind(
      run('US and Russian negotiators met in Jeddah on Monday. "We did what we could do today," US special envoy Steve Witkoff told reporters afterwards.'),
      'talks',
    );
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], location: 'Jeddah' });
    expect(t!.participants).toContain('Witkoff');
  });

  it('places "separate talks in the same city" and gives "a previous round" the sides of the lead talks', () => {
    const ts = kind(
      run(
        'American and Russian delegations held talks in Geneva on Monday. Kyiv\'s team held separate talks with the Americans in the same city on Sunday, an official said. An earlier round in Geneva, in March, ended without a joint statement.',
      ),
      'talks',
    );
    expect(ts.map((t) => [t.parties.join('+'), t.location])).toEqual([
      ['russia+united-states', 'Geneva'],
      ['ukraine+united-states', 'Geneva'],
      ['russia+united-states', 'Geneva'],
    ]);
    expect(ts[2]!.outcomes).toEqual([]);
  });

  it('sums bodies received and handed over in one sentence', () => {
    const [t] = kind(run('Ukraine received the bodies of 800 soldiers on Friday and handed over 40 to Russia, officials said.'), 'talks');
    expect(t!.outcomes).toEqual([{ type: 'bodies_repatriated', total: 840 }]);
  });
});

describe('monthly statistics', () => {
  it('keeps the report as the source of a comparison with the month before', () => {
    const ts = kind(
      run('In April 2026, HRMMU verified that 150 civilians were killed and 700 injured in Ukraine. This is 10 per cent fewer than in March 2026, when 170 civilians were killed and 790 injured.'),
      'toll',
    );
    expect(ts.map((t) => [t.value, t.asOf, t.reportedBy])).toEqual([
      [150, '2026-04', 'HRMMU'],
      [700, '2026-04', 'HRMMU'],
      [170, '2026-03', 'HRMMU'],
      [790, '2026-03', 'HRMMU'],
    ]);
  });
});
