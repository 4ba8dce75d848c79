import { quoteIdent } from '@claimwire/sql';

/**
 * Aggregates the read models keep up to date themselves, so list pages never count or sum a
 * whole table per request:
 *
 * - `toll_series.figure_count`: the figures of a series;
 * - `strike_totals`: strikes, killed and injured per target type and attacker (the list's
 *   totals for no filter, a target type, an attacker, or both read it instead of the strikes).
 *
 * Statement-level triggers with transition tables keep them: one UPDATE/INSERT per statement
 * whatever the number of rows, on every path that writes the tables (batched upserts, the
 * per-event path, retractions), so the projection code cannot forget one. Idempotent: run on a
 * schema made before the rollups existed, it adds them and fills them from the rows there (the
 * tables locked meanwhile, so no write slips between the fill and the triggers). Each read model's
 * DDL runs its own (tolls/ddl.ts, strikes/ddl.ts).
 */
export function tollRollupsDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
-- figure_count on series made before it existed
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                  WHERE table_schema = ${literal(schema)} AND table_name = 'toll_series' AND column_name = 'figure_count') THEN
    LOCK TABLE ${s}.toll_series, ${s}.toll_figures IN SHARE ROW EXCLUSIVE MODE;
    ALTER TABLE ${s}.toll_series ADD COLUMN figure_count integer NOT NULL DEFAULT 0;
    UPDATE ${s}.toll_series t SET figure_count = n.c
      FROM (SELECT series_id, count(*) AS c FROM ${s}.toll_figures GROUP BY series_id) n WHERE n.series_id = t.series_id;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION ${s}.toll_figures_counted() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE ${s}.toll_series t SET figure_count = t.figure_count + d.c
      FROM (SELECT series_id, count(*) AS c FROM new_rows GROUP BY series_id) d WHERE d.series_id = t.series_id;
  ELSE
    UPDATE ${s}.toll_series t SET figure_count = t.figure_count - d.c
      FROM (SELECT series_id, count(*) AS c FROM old_rows GROUP BY series_id) d WHERE d.series_id = t.series_id;
  END IF;
  RETURN NULL;
END $f$;
CREATE OR REPLACE TRIGGER toll_figures_counted_ins AFTER INSERT ON ${s}.toll_figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${s}.toll_figures_counted();
CREATE OR REPLACE TRIGGER toll_figures_counted_del AFTER DELETE ON ${s}.toll_figures
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${s}.toll_figures_counted();
`;
}

/** strike_totals, kept by triggers on strikes (see tollRollupsDdl for how). */
export function strikeRollupsDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
-- strikes, killed and injured per target type and attacker ('' for none)
DO $$
BEGIN
  IF to_regclass(${literal(`${s}.strike_totals`)}) IS NULL THEN
    LOCK TABLE ${s}.strikes IN SHARE ROW EXCLUSIVE MODE;
    CREATE TABLE ${s}.strike_totals (
      target_type  text NOT NULL,
      attacker_key text NOT NULL,
      strikes      bigint NOT NULL,
      killed       bigint NOT NULL,
      injured      bigint NOT NULL,
      PRIMARY KEY (target_type, attacker_key)
    );
    INSERT INTO ${s}.strike_totals
      SELECT target_type, COALESCE(attacker, ''), count(*), COALESCE(sum(killed), 0), COALESCE(sum(injured), 0)
        FROM ${s}.strikes GROUP BY 1, 2;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION ${s}.strikes_totalled() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ${addStrikeTotals(s, 'old_rows', '-')}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    ${addStrikeTotals(s, 'new_rows', '')}
  END IF;
  -- a key with no strikes left is no key (as when the rows are folded afresh)
  IF TG_OP = 'DELETE' THEN
    DELETE FROM ${s}.strike_totals WHERE strikes = 0;
  END IF;
  RETURN NULL;
END $f$;
CREATE OR REPLACE TRIGGER strikes_totalled_ins AFTER INSERT ON ${s}.strikes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${s}.strikes_totalled();
CREATE OR REPLACE TRIGGER strikes_totalled_upd AFTER UPDATE ON ${s}.strikes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${s}.strikes_totalled();
CREATE OR REPLACE TRIGGER strikes_totalled_del AFTER DELETE ON ${s}.strikes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${s}.strikes_totalled();
`;
}

/** Add (sign '') or take away (sign '-') the strikes of a transition table from strike_totals, keys in order. */
function addStrikeTotals(s: string, rows: 'old_rows' | 'new_rows', sign: '' | '-'): string {
  return `INSERT INTO ${s}.strike_totals AS t
      SELECT target_type, COALESCE(attacker, ''), ${sign}count(*), ${sign}COALESCE(sum(killed), 0), ${sign}COALESCE(sum(injured), 0)
        FROM ${rows} GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (target_type, attacker_key) DO UPDATE
      SET strikes = t.strikes + EXCLUDED.strikes, killed = t.killed + EXCLUDED.killed, injured = t.injured + EXCLUDED.injured;`;
}

/** A SQL string literal (schema names are validated identifiers; this only doubles quotes). */
function literal(v: string): string {
  return `'${v.replaceAll("'", "''")}'`;
}
