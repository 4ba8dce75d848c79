import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, validateArticle, type ExtractedClaim } from './index';
import { ClaimBodySchema } from './schema';
import { testGazetteer } from './test-gazetteer';

const PUB = '2025-09-18T10:00:00Z'; // a Thursday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const kind = <K extends ExtractedClaim['kind']>(cs: ExtractedClaim[], k: K) => cs.filter((c) => c.kind === k) as Extract<ExtractedClaim, { kind: K }>[];

describe('tolls', () => {
  it('reads a cumulative military toll with its source and date', () => {
    const [t] = kind(run('Defence Minister Anna Kovalchuk said on Tuesday that more than 61,000 Ukrainian troops have been killed since the war began.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', population: 'military', measure: 'killed', value: 61000, bound: 'at_least', asOf: '2025-09-16', reportedBy: 'Kovalchuk', scope: 'cumulative' });
  });

  it('counts whose people died, not who says so', () => {
    const [t] = kind(run('The Russian Defence Ministry said Ukrainian forces had lost about 1,450 servicemen in the past 24 hours.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', measure: 'casualties', value: 1450, bound: 'approx', scope: 'period' });
  });

  it('reads civilian tolls for a month and comparison figures', () => {
    const ts = kind(run('At least 310 civilians were killed in Ukraine in July, up from 232 in June, UN monitors said.'), 'toll');
    expect(ts.map((t) => [t.value, t.asOf, t.scope, t.population])).toEqual([
      [310, '2025-07', 'period', 'civilian'],
      [232, '2025-06', 'period', 'civilian'],
    ]);
  });

  it('reads wounded, missing, captured and displaced', () => {
    const text =
      'Officials said 2,400 civilians were injured in the region this year. ' +
      'Some 41,000 people, both soldiers and civilians, are listed as missing, the ombudsman said. ' +
      'Kyiv says about 7,000 Ukrainian servicemen remain in Russian captivity. ' +
      'Nearly 4.1 million people remain displaced inside Ukraine, the IOM says.';
    const ts = kind(run(text), 'toll');
    expect(ts.map((t) => [t.measure, t.value, t.population, t.bound])).toEqual([
      ['wounded', 2400, 'civilian', 'exact'],
      ['missing', 41000, 'mixed', 'approx'],
      ['captured', 7000, 'military', 'approx'],
      ['displaced', 4_100_000, 'civilian', 'at_most'],
    ]);
  });

  it('reads number words and "the number of X killed at N"', () => {
    const ts = kind(run('The governor put the number of Russian soldiers killed in the assault at roughly two thousand.'), 'toll');
    expect(ts[0]).toMatchObject({ party: 'russia', measure: 'killed', value: 2000, bound: 'approx' });
  });

  it('skips vague, hypothetical, historical and non-human figures', () => {
    const text =
      'Thousands of soldiers have been killed, officials said. ' +
      'A new offensive could kill 20,000 people, analysts warned. ' +
      'About 27 million Soviet citizens died in the Second World War. ' +
      'The army said it had destroyed 1,200 tanks and 400 drones. ' +
      'Exports reached 3.1 million tonnes, worth $900 million.';
    expect(kind(run(text), 'toll')).toEqual([]);
  });
});

describe('strikes', () => {
  it('reads an attack with weapons, place, date and casualties', () => {
    const [s] = kind(run('A Russian missile hit a hospital in Dnipro on Monday night, killing six people and wounding 31, the regional governor said.'), 'strike');
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', targetType: 'healthcare', locations: ['Dnipro'], date: '2025-09-15', weapons: ['missile'], killed: 6, injured: 31 });
  });

  it('merges follow-up sentences into one attack', () => {
    const text =
      'Ukrainian drones struck an oil depot in the Bryansk region overnight into Wednesday, the General Staff in Kyiv said. ' +
      'The regional governor said debris fell on a warehouse and no one was hurt.';
    const ss = kind(run(text), 'strike');
    expect(ss).toHaveLength(1);
    expect(ss[0]).toMatchObject({ attacker: 'ukraine', target: 'russia', targetType: 'energy', date: '2025-09-17', weapons: ['drone'], killed: 0, injured: 0 });
    expect(ss[0]!.locations).toContain('Bryansk region');
  });

  it('ignores labour strikes, deals and denials', () => {
    const text =
      'Dock workers at the port of Odesa went on strike over pay, their union said. ' +
      'Both sides hope to strike a deal on minerals. ' +
      'Moscow denies that its forces strike civilian targets.';
    expect(kind(run(text), 'strike')).toEqual([]);
  });
});

describe('talks', () => {
  it('reads a held round with envoys, venue, hosts and a prisoner exchange', () => {
    const text =
      'Russian and Ukrainian delegations met in Istanbul on Tuesday for a third round of talks hosted by Turkey and agreed to exchange 500 prisoners of war each. ' +
      'The Ukrainian side was led by Rustem Umerov and the Russian delegation by Vladimir Medinsky.';
    const [t] = kind(run(text), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', date: '2025-09-16', status: 'held', round: 3 });
    expect(t!.participants.sort()).toEqual(['Medinsky', 'Umerov']);
    expect(t!.outcomes).toEqual([{ type: 'prisoner_exchange', total: 1000, released: { russia: 500, ukraine: 500 }, agreed: true }]);
  });

  it('reads scheduled and cancelled meetings', () => {
    const s = kind(run('US and Russian officials are due to meet in Riyadh on September 25, the State Department said.'), 'talks');
    expect(s[0]).toMatchObject({ parties: ['russia', 'united-states'], location: 'Riyadh', date: '2025-09-25', status: 'scheduled' });
    const c = kind(run('A meeting between Ukrainian and Russian negotiators planned for Geneva next Monday has been postponed, officials said.'), 'talks');
    expect(c[0]).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Geneva', status: 'cancelled', date: '2025-09-22' });
  });

  it('reads agreements without a venue', () => {
    const [t] = kind(run('Washington and Moscow agreed on Friday to restore direct military communication channels, the Pentagon said.'), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], location: null, status: 'held', outcomes: [{ type: 'dialogue_restored' }] });
  });

  it('skips hypothetical meetings', () => {
    expect(kind(run('Trump said he could meet Putin soon if progress is made.'), 'talks')).toEqual([]);
  });
});

describe('every claim', () => {
  const text =
    'A Russian drone hit a bus in Kherson on Sunday, killing two passengers, officials said.\n\n' +
    'The UN said 13,200 civilians had been killed since February 2022.';
  const claims = run(text);

  it('validates against the corpus schema and carries exact evidence and a computed confidence', () => {
    expect(claims.length).toBe(2);
    for (const c of claims) {
      const { evidence, confidence, ...body } = c;
      expect(ClaimBodySchema.safeParse(body).success).toBe(true);
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(new Set(claims.map((c) => c.confidence)).size).toBeGreaterThan(1);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(claims));
  });
});

describe('robustness', () => {
  it('never throws and stays fast on bad input', () => {
    expect(run('')).toEqual([]);
    expect(run('....!!!???')).toEqual([]);
    expect(extractClaims({ id: 'x', published: 'not a date', text: 'A Russian drone hit Kharkiv on Monday.' }, testGazetteer())).toBeInstanceOf(Array);
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => run(junk)).not.toThrow();
    expect(() => extractClaims(null as never, testGazetteer())).not.toThrow();
  });

  it('handles 5 MB of text quickly', () => {
    const para = 'A Russian drone hit an apartment block in Kharkiv on Monday, killing 3 people, officials said. Markets were calm. ';
    const big = para.repeat(Math.ceil(5_000_000 / para.length));
    const t0 = performance.now();
    run(big);
    run('a'.repeat(5_000_000));
    run('1,'.repeat(2_500_000));
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});

describe('validateArticle', () => {
  it('accepts a minimal article and names missing fields', () => {
    expect(validateArticle({ id: 'a', published: PUB, text: 'x' }).ok).toBe(true);
    const r = validateArticle({ id: 'a', text: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/published/), expect(r.error).toMatch(/text/);
  });
});

const CORPUS = '/work/shared/corpus';
describe.skipIf(!existsSync(CORPUS))('annotated corpus (read at test time only)', () => {
  it('extracts every article without error', () => {
    const files = [`${CORPUS}/seed.json`, ...readdirSync(`${CORPUS}/dev`).map((f) => `${CORPUS}/dev/${f}`)].filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const doc = JSON.parse(readFileSync(f, 'utf8'));
      const claims = extractClaims(doc, testGazetteer());
      expect(claims.length).toBeGreaterThanOrEqual(doc.claims.length === 0 ? 0 : 1);
    }
  });
});
