/**
 * The read models change only when a transaction that writes them commits, and every such
 * transaction sends a notification on READ_MODELS_CHANNEL (delivered by Postgres at COMMIT,
 * folded to one a transaction). The gateway's page cache listens to it: a cached page is
 * dropped when its schema's read models move.
 *
 * Who notifies, and with which payload:
 * - every projector transaction that applies events writes its partition's checkpoint, and a
 *   trigger on `projection_checkpoints` notifies with the version's schema
 *   (infra/migrations/005_read_model_changes.sql): claims, articles, manifests and the
 *   retractions and regroupings they cause, rebuilds (into their own schema) and replayed dead
 *   letters (which come back through the topic) alike;
 * - inserting or deleting claims notifies with the schema (projected-claims.ts), so code that
 *   projects without a checkpoint (tests, seeds) is seen too;
 * - a change of the serving version (`projections`: a rebuild's switch-over, a new version)
 *   notifies with PROJECTIONS_CHANGED, as does `upgradeVersions` (additive DDL and fills).
 */
export const READ_MODELS_CHANNEL = 'claimwire_readmodels';

/** The payload when which version serves (or a version's shape) may have changed. */
export const PROJECTIONS_CHANGED = 'projections';
