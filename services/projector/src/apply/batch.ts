import { compareExtractions, type ArticleExtracted, type ArticleIngested, type Claim, type StrikeClaim, type TalksClaim, type TollClaim } from '@claimwire/events';
import { addDays, dateRange } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import {
  STRIKE_SLACK_DAYS,
  foldFigure,
  foldRound,
  foldStrike,
  matchRound,
  matchStrike,
  placeKeysOf,
  placeToll,
  strikeIdOf,
  trackOf,
  type FigureState,
  type RoundState,
  type StrikeState,
} from '../fold';
import { ARTICLE_UPSERT, articleRow } from './articles';
import { CLAIM_INSERT, claimRow, type RecordPosition } from './claim-row';
import { COLS as STRIKE_COLS, STRIKE_UPSERT, strikeRow, toState as strikeState, type StrikeRow } from './strikes';
import { ROUND_COLS, ROUND_UPSERT, TRACK_UPSERT, roundRow, toState as roundState, trackRow, type RoundRow } from './talks';
import { FIGURE_COLS, FIGURE_UPSERT, SERIES_FIRST_SEEN, SERIES_LAST_SEEN, SERIES_UPSERT, figureRow, seriesRow, toState as figureState, type FigureRow } from './tolls';
import { upsertRows } from './upsert';

/**
 * The fast path of the projector: a run of article and claim events of one batch folded with
 * a few statements instead of several per event. It reads everything the run's events can
 * touch up front (FOR UPDATE, like the per-event path), folds in memory with the same pure
 * folds in the same order, and writes each table once with multi-row upserts. The result is
 * the same as applying the events one by one (a test checks this). Extraction manifests
 * take part like claims do (they say which extraction of an article stands, and how many
 * claims it has). A run holding an event that needs more (a newer extraction of an article,
 * which retracts claims) is not taken: `applyRun` returns null before writing anything, and
 * the caller applies the run per event.
 */
export type RunEvent =
  | { kind: 'article'; data: ArticleIngested; pos: RecordPosition }
  | { kind: 'claim'; data: Claim; pos: RecordPosition }
  | { kind: 'extraction'; data: ArticleExtracted; pos: RecordPosition };
export type RunOutcome = 'applied' | 'duplicate' | 'superseded';

type StrikeEntry = { state: StrikeState; keys: string[]; dateLast: string | null };

export async function applyRun(tx: SqlExecutor, schema: string, events: readonly RunEvent[]): Promise<RunOutcome[] | null> {
  const s = quoteIdent(schema);
  const claims = events.flatMap((e) => (e.kind === 'claim' ? [e.data] : []));

  // --- extractions: which claims stand (per-event: admitExtraction), from claims and manifests ---
  const extractionOf = (e: RunEvent) =>
    e.kind === 'claim'
      ? { articleId: e.data.article.articleId, revision: e.data.article.revision, extractorVersion: e.data.extractorVersion }
      : e.kind === 'extraction'
        ? { articleId: e.data.articleId, revision: e.data.revision, extractorVersion: e.data.extractorVersion }
        : null;
  const articleIds = [...new Set(events.flatMap((e) => extractionOf(e)?.articleId ?? []))].sort();
  const stored = new Map<string, { revision: number; extractorVersion: string }>();
  if (articleIds.length) {
    const r = await tx.query<{ article_id: string; revision: number; extractor_version: string }>(
      `SELECT article_id, revision, extractor_version FROM ${s}.article_extractions WHERE article_id = ANY($1) ORDER BY article_id FOR UPDATE`,
      [articleIds],
    );
    for (const row of r.rows) stored.set(row.article_id, { revision: row.revision, extractorVersion: row.extractor_version });
  }
  // the earliest sighting of each standing extraction (updated_at = LEAST(...), as per event),
  // and the claim count its manifest gives (the last one seen, as per event)
  const earliest = new Map<string, string>();
  const claimCounts = new Map<string, number>();
  const admitted = new Map<RunEvent, boolean>();
  for (const ev of events) {
    const e = extractionOf(ev);
    if (!e) continue;
    const id = e.articleId;
    const have = stored.get(id);
    if (!have) {
      stored.set(id, { revision: e.revision, extractorVersion: e.extractorVersion });
    } else {
      const cmp = compareExtractions(e, have);
      if (cmp > 0) return null; // a newer extraction retracts claims: the per-event path does that
      if (cmp < 0) {
        admitted.set(ev, false);
        continue;
      }
    }
    admitted.set(ev, true);
    if (ev.kind === 'extraction') claimCounts.set(id, ev.data.claimIds.length);
    const at = earliest.get(id);
    if (at === undefined || Date.parse(ev.pos.seenAt) < Date.parse(at)) earliest.set(id, ev.pos.seenAt);
  }
  const claimAdmitted = new Map<Claim, boolean>();
  for (const ev of events) if (ev.kind === 'claim') claimAdmitted.set(ev.data, admitted.get(ev) ?? false);

  // --- claims already projected ---
  const ids = [...new Set(claims.map((c) => c.claimId))];
  const existing = new Set<string>();
  if (ids.length) {
    const r = await tx.query<{ claim_id: string }>(`SELECT claim_id FROM ${s}.claims WHERE claim_id = ANY($1)`, [ids]);
    for (const row of r.rows) existing.add(row.claim_id);
  }
  const toFold = claims.filter((c) => claimAdmitted.get(c) && !existing.has(c.claimId));

  // --- what the fresh claims can touch, read once ---
  const tolls = toFold.filter((c): c is TollClaim => c.kind === 'toll');
  const talks = toFold.filter((c): c is TalksClaim => c.kind === 'talks');
  const strikes = toFold.filter((c): c is StrikeClaim => c.kind === 'strike');
  const figures = new Map<string, FigureState>();
  // ids are hashes: place each toll and strike claim once
  const placed = new Map<TollClaim, ReturnType<typeof placeToll>>(tolls.map((c) => [c, placeToll(c)]));
  const strikeIds = new Map<StrikeClaim, string>(strikes.map((c) => [c, strikeIdOf(c)]));
  const figureIds = [...new Set(tolls.map((c) => (placed.get(c) as ReturnType<typeof placeToll>).figureId))].sort();
  if (figureIds.length) {
    const r = await tx.query<FigureRow>(`SELECT ${FIGURE_COLS} FROM ${s}.toll_figures WHERE figure_id = ANY($1) ORDER BY figure_id FOR UPDATE`, [figureIds]);
    for (const row of r.rows) figures.set(row.figure_id, figureState(row));
  }
  const rounds = new Map<string, RoundState[]>();
  const trackIds = [...new Set(talks.map(trackOf))].sort();
  if (trackIds.length) {
    const r = await tx.query<RoundRow>(`SELECT ${ROUND_COLS} FROM ${s}.talks_rounds WHERE track_id = ANY($1) ORDER BY track_id, round_id FOR UPDATE`, [trackIds]);
    for (const row of r.rows) rounds.set(row.track_id, [...(rounds.get(row.track_id) ?? []), roundState(row)]);
  }
  const known = new Map<string, StrikeEntry>();
  if (strikes.length) {
    // every strike a claim's own candidate query could return: same attacker, target and type,
    // undated or within the run's dates (with the slack), plus the ids new strikes would take
    const combos = [...new Map(strikes.map((c) => [JSON.stringify([c.targetType, c.attacker, c.target]), c])).values()];
    const dated = strikes.filter((c) => c.date).map((c) => dateRange(c.date as string));
    const lo = dated.length ? addDays(dated.map((d) => d.first).sort()[0] as string, -STRIKE_SLACK_DAYS) : null;
    const hi = dated.length ? addDays(dated.map((d) => d.last).sort().at(-1) as string, STRIKE_SLACK_DAYS) : null;
    const r = await tx.query<StrikeRow & { date_last: string | null }>(
      `SELECT ${STRIKE_COLS}, to_char(date_last, 'YYYY-MM-DD') AS date_last FROM ${s}.strikes st
        WHERE strike_id = ANY($6::text[])
           OR (EXISTS (SELECT 1 FROM unnest($1::text[], $2::text[], $3::text[]) AS k(tt, att, tgt)
                        WHERE st.target_type = k.tt AND st.attacker IS NOT DISTINCT FROM k.att AND st.target IS NOT DISTINCT FROM k.tgt)
               AND (st.date IS NULL OR ($4::date IS NOT NULL AND st.date_sort <= $5::date AND st.date_last >= $4::date)))
        ORDER BY strike_id FOR UPDATE`,
      [combos.map((c) => c.targetType), combos.map((c) => c.attacker), combos.map((c) => c.target), lo, hi, [...new Set(strikeIds.values())]],
    );
    for (const row of r.rows) known.set(row.strike_id, { state: strikeState(row), keys: row.location_keys, dateLast: row.date_last });
  }
  // the candidate query as in-memory indexes: by type, attacker, target, one location key and
  // week (a dated, placed report matches dated strikes sharing a place whose days overlap its
  // window), and by type, attacker, target, date and every key (an undated or placeless report
  // matches only its exact twin). Every hit is still checked with strikeCandidate.
  const byPlace = new Map<string, Set<string>>();
  const byExact = new Map<string, Set<string>>();
  const index = (id: string, e: StrikeEntry) => {
    if (e.state.dateSort !== null && e.dateLast !== null) {
      for (const k of e.keys) for (let w = weekOf(e.state.dateSort); w <= weekOf(e.dateLast); w++) addTo(byPlace, placeWeekOf(e.state, k, w), id);
    }
    addTo(byExact, exactOf(e.state, e.keys), id);
  };
  for (const [id, k] of known) index(id, k);

  // --- fold in order ---
  const outcomes: RunOutcome[] = [];
  const articles = new Map<string, ArticleIngested>();
  const series = new Map<string, unknown[]>();
  const tracks = new Map<string, unknown[]>();
  const dirtyFigures = new Set<string>();
  const dirtyRounds = new Map<string, RoundState>();
  const dirtyStrikes = new Set<string>();
  const claimRows: unknown[][] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (e.kind === 'article') {
      // the newest revision wins; among equal ones the first (a repeat changes nothing)
      const prev = articles.get(e.data.articleId);
      if (!prev || prev.revision < e.data.revision) articles.set(e.data.articleId, e.data);
      outcomes.push('applied');
      continue;
    }
    if (e.kind === 'extraction') {
      outcomes.push(admitted.get(e) ? 'applied' : 'superseded');
      continue;
    }
    const c = e.data;
    if (!admitted.get(e)) {
      outcomes.push('superseded');
      continue;
    }
    if (existing.has(c.claimId) || seen.has(c.claimId)) {
      outcomes.push('duplicate');
      continue;
    }
    seen.add(c.claimId);
    const at = e.pos.seenAt;
    let entityId: string;
    if (c.kind === 'toll') {
      const p = placed.get(c) as ReturnType<typeof placeToll>;
      const sr = series.get(p.seriesId);
      if (!sr) series.set(p.seriesId, seriesRow(c, p, at, at));
      else {
        if (at < (sr[SERIES_FIRST_SEEN] as string)) sr[SERIES_FIRST_SEEN] = at;
        if (at > (sr[SERIES_LAST_SEEN] as string)) sr[SERIES_LAST_SEEN] = at;
      }
      const f = foldFigure(figures.get(p.figureId) ?? null, c, at);
      figures.set(f.figureId, f);
      dirtyFigures.add(f.figureId);
      entityId = f.figureId;
    } else if (c.kind === 'talks') {
      const track = trackOf(c);
      const tr = tracks.get(track);
      if (!tr) tracks.set(track, trackRow(c, track, at, at));
      else {
        if (at < (tr[2] as string)) tr[2] = at;
        if (at > (tr[3] as string)) tr[3] = at;
      }
      const list = rounds.get(track) ?? [];
      const prev = matchRound(list, c);
      const next = foldRound(prev, c, track, at);
      rounds.set(track, [...list.filter((r) => r.roundId !== next.roundId), next]);
      dirtyRounds.set(next.roundId, next);
      entityId = next.roundId;
    } else {
      const keys = placeKeysOf(c);
      const window = c.date ? { lo: addDays(dateRange(c.date).first, -STRIKE_SLACK_DAYS), hi: addDays(dateRange(c.date).last, STRIKE_SLACK_DAYS) } : null;
      const candidates: StrikeState[] = [];
      const ids = new Set<string>();
      if (window && keys.length) {
        for (const k of keys) for (let w = weekOf(window.lo); w <= weekOf(window.hi); w++) for (const id of byPlace.get(placeWeekOf(c, k, w)) ?? []) ids.add(id);
      } else for (const id of byExact.get(exactOf(c, keys)) ?? []) ids.add(id);
      // (matchStrike ranks candidates itself: their order does not matter)
      for (const id of ids) {
        const k = known.get(id) as StrikeEntry;
        if (strikeCandidate(k, c, keys, window)) candidates.push(k.state);
      }
      const prev = matchStrike(candidates, c) ?? known.get(strikeIds.get(c) as string)?.state ?? null;
      const next = foldStrike(prev, c, at);
      const entry = { state: next, keys: next.placeKeys, dateLast: next.date ? dateRange(next.date).last : null };
      known.set(next.strikeId, entry);
      index(next.strikeId, entry);
      dirtyStrikes.add(next.strikeId);
      entityId = next.strikeId;
    }
    claimRows.push(claimRow(c, entityId, e.pos));
    outcomes.push('applied');
  }

  // --- write each table once (parents before children) ---
  await upsertRows(tx, schema, ARTICLE_UPSERT, [...articles.values()].map(articleRow));
  // the standing extraction of every article the run saw: new rows, and the earliest sighting
  // and the manifest's count on rows already there (as per event). A row another projector
  // (another partition) stored meanwhile with ANOTHER extraction is not touched: the run is
  // then void and retried, and sees that row when it reads again.
  const standing = [...earliest.keys()].sort();
  if (standing.length) {
    const written = await tx.query<{ article_id: string }>(
      `INSERT INTO ${s}.article_extractions AS x (article_id, revision, extractor_version, claim_count, updated_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::timestamptz[])
       ON CONFLICT (article_id) DO UPDATE SET updated_at = LEAST(x.updated_at, EXCLUDED.updated_at),
              claim_count = COALESCE(EXCLUDED.claim_count, x.claim_count)
        WHERE x.revision = EXCLUDED.revision AND x.extractor_version = EXCLUDED.extractor_version
       RETURNING x.article_id`,
      [
        standing,
        standing.map((id) => stored.get(id)?.revision),
        standing.map((id) => stored.get(id)?.extractorVersion),
        standing.map((id) => claimCounts.get(id) ?? null),
        standing.map((id) => earliest.get(id)),
      ],
    );
    if (written.rowCount !== standing.length) {
      throw new Error('another extraction of an article was stored by a concurrent batch; the batch is retried');
    }
  }
  await upsertRows(tx, schema, SERIES_UPSERT, [...series.values()]);
  await upsertRows(tx, schema, FIGURE_UPSERT, [...dirtyFigures].map((id) => figureRow(figures.get(id) as FigureState)));
  await upsertRows(tx, schema, TRACK_UPSERT, [...tracks.values()]);
  await upsertRows(tx, schema, ROUND_UPSERT, [...dirtyRounds.values()].map(roundRow));
  await upsertRows(tx, schema, STRIKE_UPSERT, [...dirtyStrikes].map((id) => strikeRow((known.get(id) as StrikeEntry).state)));
  await upsertRows(tx, schema, CLAIM_INSERT, claimRows);
  return outcomes;
}

const comboOf = (x: { targetType: string; attacker: string | null; target: string | null }) => `${x.targetType}\u0000${x.attacker}\u0000${x.target}`;
const exactOf = (x: { targetType: string; attacker: string | null; target: string | null; date: string | null }, keys: readonly string[]) =>
  `${comboOf(x)}\u0000${x.date}\u0000${keys.join('\u0001')}`;

const placeWeekOf = (x: { targetType: string; attacker: string | null; target: string | null }, key: string, week: number) =>
  `${comboOf(x)}\u0000${key}\u0000${week}`;
const weekOf = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / (7 * 86_400_000));

function addTo(m: Map<string, Set<string>>, key: string, id: string): void {
  const set = m.get(key);
  if (set) set.add(id);
  else m.set(key, new Set([id]));
}

/**
 * The candidate query of the per-event path (apply/strikes.ts) on a strike held in memory
 * (the caller has matched type, attacker and target); `window` is the claim's dates widened
 * by the slack.
 */
function strikeCandidate(k: StrikeEntry, c: StrikeClaim, keys: string[], window: { lo: string; hi: string } | null): boolean {
  const st = k.state;
  if (st.targetType !== c.targetType || st.attacker !== c.attacker || st.target !== c.target) return false;
  if (!window || keys.length === 0) {
    return st.date === c.date && k.keys.length === keys.length && k.keys.every((x, i) => x === keys[i]);
  }
  if (st.dateSort === null || k.dateLast === null) return false;
  return st.dateSort <= window.hi && k.dateLast >= window.lo && k.keys.some((x) => keys.includes(x));
}
