import type { Claim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import type { Report } from './fold/reports';

/** The claims of one kind. */
export type ClaimOf<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

/**
 * One read model, declared once: its tables, how a claim finds the entity it belongs to, how
 * the entities fold their claims in, and how a retracted claim is taken out. The projector runs
 * every read model through one write path (`READ_MODELS`); the gateway reads the row types its
 * module exports. Its pure folds sit beside it (`fold.ts`), its SQL in `write.ts`.
 */
export interface ReadModel<K extends Claim['kind'] = Claim['kind']> {
  /** What the read model is called ("tolls"). */
  name: string;
  /** The kind of claim it folds. */
  kind: K;
  /** Its tables, in the order they are created (parents first). */
  tables: readonly string[];
  /** Its tables, indexes, rollups and additive upgrades in `schema`; idempotent. */
  ddl(schema: string): string;
  /**
   * The key a claim is locked under while it folds, where its entities depend on other claims
   * (a talks track; a strike's attacker and target): the projector takes these locks for the
   * fresh claims of a batch (projectClaims), so two batches folding one key wait for each other.
   * Absent where folds commute and every write is an upsert (tolls).
   */
  keyOf?(claim: ClaimOf<K>): string;
  /**
   * Fold fresh reports (claims not stored yet, admitted, each once) into the tables, the caller
   * holding their keys' locks (keyOf, lockKeyOf). Returns the
   * entity each report sources (claim id -> entity id), which the claims table records.
   */
  project(tx: SqlExecutor, schema: string, fresh: readonly Report<ClaimOf<K>>[]): Promise<Map<string, string>>;
  /**
   * Take out what retracted claims sourced: fold the entities again from the claims that still
   * stand (the retracted claims are gone from the claims table already), so the rows are what
   * the standing claims alone give.
   */
  retract(tx: SqlExecutor, schema: string, entityIds: readonly string[]): Promise<void>;
}

/** The advisory lock a read model's key is held under in `schema` (see ReadModel.keyOf). */
export function lockKeyOf(schema: string, model: { name: string }, key: string): string {
  return `${schema}/${model.name}/${key}`;
}

/** Whether a claim is of a read model's kind. */
export function isOfKind<K extends Claim['kind']>(claim: Claim, kind: K): claim is ClaimOf<K> {
  return claim.kind === kind;
}
