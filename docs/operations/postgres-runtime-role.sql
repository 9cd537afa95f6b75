-- AntiCor on PostgreSQL with two roles (README, "PostgreSQL: an owner role and a runtime role").
--
-- Run as the OWNER role (the one that ran `anticor migrate` and so owns every table), in the
-- AntiCor database, after the first migration: psql -U anticor_owner -d anticor -f this-file.
-- anticor_app is the runtime role the web app and the everyday CLI connect as. It owns nothing,
-- so it cannot ALTER TABLE ... DISABLE TRIGGER, drop the append-only triggers or change the schema.

GRANT USAGE ON SCHEMA public TO anticor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO anticor_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO anticor_app;

-- The audit trail and its checkpoints are only appended to: refused by privilege before the trigger.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntries", "AuditCheckpoints" FROM anticor_app;

-- Tables and sequences that later migrations (run by the owner) create get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO anticor_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO anticor_app;
