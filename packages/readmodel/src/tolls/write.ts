import type { TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { Report } from '../fold/reports';
import { reportsOf } from '../stored-reports';
import { upsertRows } from '../upsert';
import { foldFigure, foldSeries, placeToll, type FigureState, type SeriesState } from './fold';
import { FIGURE_COLS, FIGURE_UPSERT, SERIES_UPSERT, figureOfRow, figureRow, seriesRow, type TollFigureRow } from './rows';

/**
 * Fold fresh toll reports into their series and figures. Both folds are order-free (a figure
 * keeps the earliest first-seen, the most committal bound and the date its reports agree on;
 * a series the words of its earliest report), so the figures the reports touch are read
 * (FOR UPDATE), folded in memory, and each table written with one multi-row upsert whose
 * conflict clause merges like the folds. Returns the figure of every report.
 */
export async function foldTolls(tx: SqlExecutor, schema: string, fresh: readonly Report<TollClaim>[]): Promise<Map<string, string>> {
  const figureOf = new Map<string, string>();
  if (fresh.length === 0) return figureOf;
  const s = quoteIdent(schema);
  const placed = fresh.map((r) => ({ r, p: placeToll(r.claim) }));
  const figures = new Map<string, FigureState>();
  const ids = [...new Set(placed.map((x) => x.p.figureId))].sort();
  const read = await tx.query<TollFigureRow>(`SELECT ${FIGURE_COLS} FROM ${s}.toll_figures WHERE figure_id = ANY($1) ORDER BY figure_id FOR UPDATE`, [ids]);
  for (const row of read.rows) figures.set(row.figure_id, figureOfRow(row));
  const series = new Map<string, SeriesState>();
  const dirty = new Set<string>();
  for (const { r, p } of placed) {
    series.set(p.seriesId, foldSeries(series.get(p.seriesId) ?? null, r.claim, r.seenAt));
    const f = foldFigure(figures.get(p.figureId) ?? null, r.claim, r.seenAt);
    figures.set(f.figureId, f);
    dirty.add(f.figureId);
    figureOf.set(r.claim.claimId, f.figureId);
  }
  await upsertRows(tx, schema, SERIES_UPSERT, [...series.values()].sort((a, b) => (a.seriesId < b.seriesId ? -1 : 1)).map(seriesRow));
  await upsertRows(tx, schema, FIGURE_UPSERT, [...dirty].sort().map((id) => figureRow(figures.get(id) as FigureState)));
  return figureOf;
}

/**
 * Fold again the figures retracted claims sourced, from their claims that still stand (a
 * figure's id is a function of its claims, so they source the same figure), and the words and
 * sightings of their series from all of theirs; a series left without figures goes.
 */
export async function retractTolls(tx: SqlExecutor, schema: string, figures: readonly string[]): Promise<void> {
  const s = quoteIdent(schema);
  const series = (await tx.query<{ series_id: string }>(`SELECT DISTINCT series_id FROM ${s}.toll_figures WHERE figure_id = ANY($1)`, [figures])).rows.map((r) => r.series_id);
  const remaining = (await reportsOf<TollClaim>(tx, schema, figures)).map((sr) => sr.report);
  await tx.query(`DELETE FROM ${s}.toll_figures WHERE figure_id = ANY($1)`, [figures]);
  await foldTolls(tx, schema, remaining);
  await tx.query(`DELETE FROM ${s}.toll_series t WHERE series_id = ANY($1) AND NOT EXISTS (SELECT 1 FROM ${s}.toll_figures f WHERE f.series_id = t.series_id)`, [series]);
  for (const id of series) {
    const figs = (await tx.query<{ figure_id: string }>(`SELECT figure_id FROM ${s}.toll_figures WHERE series_id = $1`, [id])).rows.map((r) => r.figure_id);
    let x: SeriesState | null = null;
    for (const { report } of await reportsOf<TollClaim>(tx, schema, figs)) x = foldSeries(x, report.claim, report.seenAt);
    if (x) {
      await tx.query(
        `UPDATE ${s}.toll_series SET reported_by = $2, reporter_id = $3, reporter_name = $4, reporter_country = $5, first_seen = $6, last_seen = $7 WHERE series_id = $1`,
        [id, x.reportedBy, x.reporterId, x.reporterName, x.reporterCountry, x.firstSeen, x.lastSeen],
      );
    }
  }
}
