import type { Gazetteer } from '../gazetteer/compile';
import { analyze, type Article } from './analyze';
import { withPlaces, withReporterEntity, withSides } from './claim-entities';
import { formatDate } from './dates';
import { confidenceOf, type Signals } from './confidence-model';
import { CONFIDENCE_WEIGHTS } from './confidence-weights';
import { extractExchanges } from './exchanges';
import { extractStrikes } from './strikes';
import { extractTalks } from './talks';
import { mergeRepeats } from './talks-repeats';
import { alignHandoversWithRounds } from './talks-party-set';
import { foldClosingDayHandovers } from './exchange-closing';
import { extractBulletinTolls } from './toll-bulletin';
import { extractRecalledCancellations } from './talks-recalled';
import { placeSettledWithoutCity, tieHandoversToRounds } from './exchange-ties';
import { SEPARATE_TIME } from './lexicon';
import { extractBoxTolls } from './toll-box';
import { extractTolls } from './tolls';
import { creditSoleSource } from './toll-article-source';
import { creditStatementSource } from './toll-statement-source';
import { lostBesideWounded } from './toll-lost-killed';
import type { ArticleInput, ClaimBody, Evidence, ExtractedClaim } from './types';

/** Bump when rules change: claims carry it so re-extraction can be told apart. */
export const EXTRACTOR_VERSION = '1.16.0';

/** Texts longer than this are cut before extraction (keeps worst-case time bounded). */
export const MAX_TEXT_LENGTH = 2_000_000;

function evidence(a: Article, i: number): Evidence {
  const s = a.sentences[i]!.sent;
  return { sentence: s.text, start: s.start, end: s.end };
}

/**
 * Extract toll, talks and strike claims from one article. Pure and deterministic: the same
 * article and gazetteer always give the same claims in the same order. Never throws on text.
 * Every claim found, whatever its confidence: the service and `extract` show those at or
 * above the threshold (threshold.ts).
 */
export function extractClaims(article: ArticleInput, gazetteer: Gazetteer): ExtractedClaim[] {
  return extractScored(article, gazetteer).map((x) => x.claim);
}

/** A claim with the named signals its confidence was computed from. */
export interface ScoredClaim {
  claim: ExtractedClaim;
  signals: Signals;
}

/** extractClaims with each claim's signals (for fitting the confidence model). */
export function extractScored(article: ArticleInput, gazetteer: Gazetteer): ScoredClaim[] {
  const text = typeof article?.text === 'string' ? article.text.slice(0, MAX_TEXT_LENGTH) : '';
  const published = typeof article?.published === 'string' ? article.published : '';
  if (!text.trim()) return [];
  let a: Article;
  try {
    a = analyze(text, published, gazetteer);
  } catch {
    return [];
  }
  const out: { claim: ExtractedClaim; signals: Signals; at: number; order: number }[] = [];
  // numbers inside talks outcome sentences (exchanges, bodies) are not tolls
  let talks = safe(() => extractTalks(a), []);
  const covered = new Set<number>();
  for (const f of talks)
    for (let i = f.first; i <= f.last + (f.claim.outcomes.some((o) => o.type === 'prisoner_exchange' || o.type === 'bodies_repatriated') ? 2 : 0); i++) {
      // "Earlier this week, ..." after a frame reports another occasion
      if (i > f.last && a.sentences[i] && SEPARATE_TIME.test(a.sentences[i]!.text)) break;
      covered.add(i);
    }
  talks.push(...safe(() => extractExchanges(a, covered), []));
  // (an exchange told in a headline and again in the body, one read by each reader)
  talks = safe(() => mergeRepeats(talks), talks);
  talks.push(...safe(() => extractRecalledCancellations(a, talks), []));
  safe(() => tieHandoversToRounds(a, talks), undefined);
  safe(() => alignHandoversWithRounds(talks), undefined);
  safe(() => foldClosingDayHandovers(a, talks), undefined);
  const blockedTollNumbers = new Set<string>();
  // (reading numbers may fail: see Article.failure)
  safe(() => {
    for (const f of talks)
      for (let i = f.first; i <= f.last; i++) {
        const si = a.sentences[i]!;
        if (/\b(?:exchange[ds]?|swap\w*|released|freed|bodies|remains|hand(?:ed)? over|return of)\b/i.test(si.text))
          for (const n of si.numbers) blockedTollNumbers.add(`${i}:${n.start}`);
      }
  }, undefined);
  const strikes = safe(() => extractStrikes(a, new Set()), { events: [], consumed: new Set<string>() });
  // "label (source): figure" lines are read by their own pass, and by no prose rule
  const box = safe(() => extractBoxTolls(a), { hits: [], lines: new Set<number>() });
  // the daily bulletin's "personnel – about N (+M)" line, read by its own pass too
  const bulletin = safe(() => extractBulletinTolls(a), { hits: [], lines: new Set<number>() });
  for (const i of bulletin.lines) box.lines.add(i);
  box.hits.push(...bulletin.hits.filter((h) => !box.hits.some((b) => b.sentence === h.sentence)));
  safe(() => {
    for (const i of box.lines) for (const n of a.sentences[i]!.numbers) blockedTollNumbers.add(`${i}:${n.start}`);
  }, undefined);
  const tolls = safe(() => extractTolls(a, strikes.consumed, blockedTollNumbers), []);
  for (const b of box.hits) {
    if (tolls.some((t) => t.claim.party === b.claim.party && t.claim.measure === b.claim.measure && t.claim.value === b.claim.value)) continue;
    // a box line states its figure, measure and party outright: strong, never guessed
    tolls.push({
      claim: b.claim,
      sentence: b.sentence,
      signals: { attributed: b.claim.reportedBy !== null, dated: b.claim.asOf !== formatDate(a.published), qualifier: b.qualified, strong: true, partyGuessed: false, reporterCarried: false, range: b.range },
    });
  }
  safe(() => creditStatementSource(a, tolls), undefined);
  safe(() => creditSoleSource(tolls), undefined);
  safe(() => lostBesideWounded(a, tolls), undefined);
  // an analysis that failed (numbers and dates are found when first read) gives no claims
  if (a.failure.failed) return [];
  let order = 0;
  for (const t of tolls) {
    const s = t.signals;
    const signals: Signals = {
      attributed: s.attributed,
      dated: s.dated,
      strong: s.strong,
      qualifier: s.qualifier,
      partyGuessed: s.partyGuessed,
      reporterCarried: s.reporterCarried,
      range: s.range,
    };
    out.push({ claim: finished(withReporterEntity(t.claim, gazetteer), evidence(a, t.sentence), confidenceOf(CONFIDENCE_WEIGHTS.toll, signals)), signals, at: t.sentence, order: order++ });
  }
  for (const f of talks) {
    const c = f.claim;
    const signals: Signals = {
      located: c.location !== null || placeSettledWithoutCity(a, f),
      dated: f.dateParts !== null && !f.dateFromStatement,
      participants: c.participants.length > 0,
      outcomeOrRound: c.outcomes.length > 0 || c.round !== null,
      severalSignals: f.signals > 1,
    };
    out.push({ claim: finished(withSides(c, gazetteer), evidence(a, f.first), confidenceOf(CONFIDENCE_WEIGHTS.talks, signals)), signals, at: f.first, order: order++ });
  }
  for (const e of strikes.events) {
    const c = e.claim;
    const signals: Signals = {
      attacker: c.attacker !== null,
      located: c.locations.length > 0,
      weapons: c.weapons.length > 0,
      dated: c.date !== null && !e.guessed.dateDefault,
      targetTyped: c.targetType !== 'unspecified',
      casualties: c.killed !== null || c.injured !== null,
      // inferred, not read in the attack's own words
      attackerGuessed: e.guessed.attacker,
      casualtiesCarried: e.guessed.casualties && (c.killed !== null || c.injured !== null),
      dateGuessed: e.guessed.date && c.date !== null && !e.guessed.dateDefault,
    };
    out.push({ claim: finished(withPlaces(c, gazetteer), evidence(a, e.first), confidenceOf(CONFIDENCE_WEIGHTS.strike, signals)), signals, at: e.first, order: order++ });
  }
  out.sort((x, y) => x.at - y.at || x.order - y.order);
  return out.map((x) => ({ claim: x.claim, signals: x.signals }));
}

/**
 * The claim with its evidence and confidence: `{ ...claim, evidence, confidence }` with the same
 * keys in the same order, written out because V8 (Node 20) is many times slower at adding
 * properties to an object made by spreading.
 */
function finished(claim: ClaimBody, ev: Evidence, confidence: number): ExtractedClaim {
  const out = Object.assign({}, claim) as ExtractedClaim;
  out.evidence = ev;
  out.confidence = confidence;
  return out;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
