-- Every commit that moves the read models announces it on the channel claimwire_readmodels
-- (packages/readmodel/src/changes.ts): the gateway's page cache drops what it holds of that
-- schema. Every projector transaction that applies events writes its checkpoint, so the
-- checkpoint is where it is announced (payload: the version's schema); a change of the serving
-- version announces 'projections'. pg_notify is delivered at COMMIT, once per distinct payload
-- a transaction, and never for a transaction that rolls back.

CREATE OR REPLACE FUNCTION checkpoint_moved() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM pg_notify('claimwire_readmodels',
    COALESCE((SELECT schema_name FROM projections WHERE name = NEW.name AND version = NEW.version), 'projections'));
  RETURN NULL;
END $f$;

DROP TRIGGER IF EXISTS checkpoint_moved ON projection_checkpoints;
CREATE TRIGGER checkpoint_moved AFTER INSERT OR UPDATE ON projection_checkpoints
  FOR EACH ROW EXECUTE FUNCTION checkpoint_moved();

CREATE OR REPLACE FUNCTION projections_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM pg_notify('claimwire_readmodels', 'projections');
  RETURN NULL;
END $f$;

DROP TRIGGER IF EXISTS projections_changed ON projections;
CREATE TRIGGER projections_changed AFTER INSERT OR UPDATE OR DELETE ON projections
  FOR EACH STATEMENT EXECUTE FUNCTION projections_changed();
