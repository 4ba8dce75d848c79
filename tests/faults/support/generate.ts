import { articleId, encodeArticle, encodeClaim, type Claim, type WireMessage } from '@claimwire/events';
import { EXTRACTOR_VERSION } from '@claimwire/extractor';
import { fixtures } from '@claimwire/testing';

/** A small, seeded PRNG (mulberry32): the same seed gives the same traffic on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

const PARTIES = ['ukraine', 'russia', 'belarus'] as const;
const POPULATIONS = ['military', 'civilian'] as const;
const MEASURES = ['killed', 'wounded', 'missing'] as const;
const REPORTERS = ['Test Ministry', 'Field Office', 'Regional Governor', null] as const;
const VALUES = [120, 450, 1_000, 12_000, 43_000, 55_000] as const;
const PLACES = ['Odesa', 'Kharkiv', 'Dnipro', 'Sumy', 'Zaporizhzhia'] as const;
const TARGET_TYPES = ['energy', 'residential', 'military'] as const;
const TALK_SITES = ['Geneva', 'Abu Dhabi', 'Istanbul'] as const;

export interface GeneratedClaims {
  /** Wire messages in publish order, exact re-sends of earlier claims included. */
  messages: WireMessage[];
  /** Distinct claim ids among them: what the read models must hold, once each. */
  claimIds: Set<string>;
  duplicates: number;
  byKind: Record<'toll' | 'talks' | 'strike', number>;
}

/**
 * `total` claim messages of all three kinds about a few overlapping entities (the same
 * figure from several articles, the same strike from several reports, rounds of the same
 * talks), about `duplicateRate` of them exact re-sends of an earlier claim (a re-extraction).
 */
export function generateClaims(total: number, seed = 1, duplicateRate = 0.08): GeneratedClaims {
  const rnd = prng(seed);
  const messages: WireMessage[] = [];
  const sent: Claim[] = [];
  const claimIds = new Set<string>();
  const byKind = { toll: 0, talks: 0, strike: 0 };
  let duplicates = 0;
  const base = Date.parse('2026-02-01T00:00:00.000Z');
  for (let i = 0; i < total; i++) {
    const time = new Date(base + i * 1000);
    if (sent.length > 10 && rnd() < duplicateRate) {
      const again = pick(rnd, sent);
      messages.push(encodeClaim(again, 'claimwire/faults', time));
      duplicates++;
      continue;
    }
    const articleN = Math.floor(i / 3);
    const env = {
      articleId: articleId('fault-wire', `s${seed}:${articleN}`),
      evidenceStart: (i % 3) * 100,
      published: new Date(base + articleN * 60_000).toISOString(),
      url: `https://news.test/f/${articleN}`,
      // as if the running extractor had found them: its manifest for the same article is then
      // the same extraction, not a newer one that would retract these claims
      extractorVersion: EXTRACTOR_VERSION,
    };
    const day = `2026-02-${String(1 + Math.floor(rnd() * 20)).padStart(2, '0')}`;
    const r = rnd();
    let c: Claim;
    if (r < 0.5) {
      c = fixtures.toll({
        ...env,
        party: pick(rnd, PARTIES),
        population: pick(rnd, POPULATIONS),
        measure: pick(rnd, MEASURES),
        value: pick(rnd, VALUES),
        reportedBy: pick(rnd, REPORTERS),
        asOf: rnd() < 0.3 ? null : day,
        scope: rnd() < 0.85 ? 'cumulative' : 'period',
        bound: rnd() < 0.7 ? 'exact' : 'at_least',
      });
    } else if (r < 0.75) {
      c = fixtures.strike({
        ...env,
        attacker: 'russia',
        target: 'ukraine',
        targetType: pick(rnd, TARGET_TYPES),
        locations: rnd() < 0.1 ? [] : [pick(rnd, PLACES)],
        date: rnd() < 0.1 ? null : day,
        weapons: rnd() < 0.5 ? ['drone'] : ['missile', 'drone'],
        killed: rnd() < 0.5 ? null : Math.floor(rnd() * 20),
        injured: rnd() < 0.5 ? null : Math.floor(rnd() * 50),
      });
    } else {
      const n = 1 + Math.floor(rnd() * 4);
      c = fixtures.talks({
        ...env,
        parties: rnd() < 0.6 ? ['russia', 'ukraine'] : ['russia', 'ukraine', 'united-states'],
        location: pick(rnd, TALK_SITES),
        round: n,
        date: `2026-0${1 + (n % 3)}`,
        status: rnd() < 0.8 ? 'held' : 'scheduled',
        outcomes: rnd() < 0.3 ? [{ type: 'prisoner_exchange', total: 2 * Math.floor(rnd() * 200) }] : [],
      });
    }
    sent.push(c);
    claimIds.add(c.claimId);
    byKind[c.kind]++;
    messages.push(encodeClaim(c, 'claimwire/faults', time));
  }
  return { messages, claimIds, duplicates, byKind };
}

/** Article events for the claims above (the projector folds both topics). */
export function generateArticles(count: number, seed = 1): WireMessage[] {
  const out: WireMessage[] = [];
  for (let n = 0; n < count; n++) {
    out.push(
      encodeArticle(
        fixtures.article({ articleId: articleId('fault-wire', `s${seed}:${n}`), feedId: 'fault-wire', title: `Fault article ${n}`, text: `Report number ${n} from the front.` }),
        'claimwire/faults',
        new Date(Date.parse('2026-02-01T00:00:00.000Z') + n * 60_000),
      ),
    );
  }
  return out;
}
