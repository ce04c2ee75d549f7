-- pareview on a team PostgreSQL server: two roles, and rules that hold even
-- for someone who uses the workstations' credentials with psql.
--
--   pareview_owner  owns the tables and upgrades the schema (pareview opened
--                   as this role runs the schema ladder).
--   pareview_app    what the workstations connect as: reads everything,
--                   inserts, updates only what the program updates (cases,
--                   a user's failed-login counter, the lock row in meta) and
--                   never changes or removes evidence: the audit trail,
--                   determinations, letters and criterion decisions are
--                   insert-only; facts too, except that an intake draft
--                   (a case at intake, or pended for information) replaces
--                   its facts, and the rows it replaces are kept in
--                   facts_removed.
--
-- Run by `pareview admin init-roles --db postgresql://ADMIN@HOST/DB`, which
-- first creates the schema, or with psql once the schema exists:
--   psql "postgresql://ADMIN@HOST/DB" -v ON_ERROR_STOP=1 -f roles.sql
-- ADMIN is a superuser the first time (it creates the roles); later runs,
-- after each upgrade, may be made as pareview_owner. It is safe to run again.
-- Passwords never go in this file: set them with psql's \password.

-- The roles are the server's, shared by its databases; created when missing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pareview_owner') THEN
        CREATE ROLE pareview_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pareview_app') THEN
        CREATE ROLE pareview_app LOGIN;
    END IF;
END $$;

-- Only these two roles (and superusers) connect; only the owner creates
-- objects. (A later run by the owner leaves these as they are.)
DO $$
BEGIN
    IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO pareview_owner, pareview_app', current_database());
    END IF;
    IF pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'MEMBER') THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        GRANT USAGE, CREATE ON SCHEMA public TO pareview_owner;
        GRANT USAGE ON SCHEMA public TO pareview_app;
    END IF;
END $$;

-- Where an intake draft's replaced facts go (see above).
CREATE TABLE IF NOT EXISTS facts_removed (LIKE facts, removed_at TEXT NOT NULL, removed_by TEXT NOT NULL);

-- Every table belongs to the owner, also when an administrator's first run
-- created them.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'pareview_owner' LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO pareview_owner', t.tablename);
    END LOOP;
END $$;

-- The application role: exactly what the program does.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM pareview_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pareview_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO pareview_app;
GRANT INSERT ON users, cases, diagnoses, facts, facts_removed, attachments, criterion_decisions,
    determinations, letters, audit_log, fact_corrections, case_search_terms, audit_records, integrity_checkpoints,
    case_field_sources TO pareview_app;
-- The worklist's search terms are rewritten with the case they index.
GRANT DELETE ON case_search_terms TO pareview_app;
-- The payer table an administrator edits is rewritten whole, in one transaction.
GRANT INSERT, DELETE ON payers, payer_names, payer_policies TO pareview_app;
-- Claims, status changes, intake drafts, row versions.
GRANT UPDATE ON cases TO pareview_app;
-- Failed sign-ins are counted; nothing else about a user changes.
GRANT UPDATE (failed_logins) ON users TO pareview_app;
-- "UPDATE meta SET value = value": the lock that orders audit rows and claims.
GRANT UPDATE (value) ON meta TO pareview_app;
-- An intake draft's diagnoses and facts are replaced when it is saved again.
GRANT DELETE ON diagnoses, facts TO pareview_app;
-- Who has a case open (schema version 7): a workstation enters, beats and
-- leaves; any workstation removes rows whose heartbeat stopped long ago.
GRANT INSERT, DELETE ON case_sessions TO pareview_app;
GRANT UPDATE (heartbeat_at) ON case_sessions TO pareview_app;
-- The keys of writes done, so a retried write is not done twice: insert-only.
GRANT INSERT ON request_keys TO pareview_app;
-- Appeals and peer-to-peer discussions (schema version 8): filed, then moved
-- through their steps (status, outcome, schedule); their letters are insert-only.
GRANT INSERT ON appeals, appeal_letters, peer_to_peer TO pareview_app;
GRANT UPDATE ON appeals, peer_to_peer TO pareview_app;
-- Tables a later upgrade adds are readable until this script grants more.
ALTER DEFAULT PRIVILEGES FOR ROLE pareview_owner IN SCHEMA public GRANT SELECT ON TABLES TO pareview_app;

-- Insert-only tables: no UPDATE, DELETE or TRUNCATE, whoever asks (the
-- owner can switch the triggers off; the application role cannot).
CREATE OR REPLACE FUNCTION pareview_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'pareview: % on % refused: its rows are never changed or removed (a correction is a new row)',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['audit_log', 'determinations', 'letters', 'criterion_decisions', 'facts_removed', 'fact_corrections',
                             'request_keys', 'appeal_letters', 'audit_records', 'integrity_checkpoints', 'case_field_sources'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER pareview_insert_only BEFORE UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION pareview_insert_only()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER pareview_no_truncate BEFORE TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION pareview_insert_only()', t);
    END LOOP;
END $$;

-- Facts: never updated; removed only from an intake draft, into facts_removed.
CREATE OR REPLACE FUNCTION pareview_facts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An intake draft saved again, or a submitted case the nurse corrects
    -- before anyone took it for review (the earlier rows go to facts_removed).
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id
            AND (status IN ('intake', 'pended') OR (status = 'in-review' AND assignee_id IS NULL))) THEN
        INSERT INTO facts_removed
            SELECT (OLD).*, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), current_user;
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'pareview: % on facts refused: a fact is corrected by a new row; only an intake draft replaces its facts',
        TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE OR REPLACE TRIGGER pareview_facts_guard BEFORE UPDATE OR DELETE ON facts
    FOR EACH ROW EXECUTE FUNCTION pareview_facts_guard();
CREATE OR REPLACE TRIGGER pareview_no_truncate BEFORE TRUNCATE ON facts
    FOR EACH STATEMENT EXECUTE FUNCTION pareview_insert_only();

-- meta: the application role's no-op lock update passes; a changed value
-- (the schema version) only from the owner.
CREATE OR REPLACE FUNCTION pareview_meta_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.key, NEW.value) IS DISTINCT FROM (OLD.key, OLD.value) AND NOT pg_has_role(current_user, 'pareview_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'pareview: changing meta.% refused: only the owner role upgrades the schema', OLD.key
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER pareview_meta_guard BEFORE UPDATE ON meta FOR EACH ROW EXECUTE FUNCTION pareview_meta_guard();

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['pareview_insert_only()', 'pareview_facts_guard()', 'pareview_meta_guard()', 'pareview_notify_change()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO pareview_owner', f);
    END LOOP;
END $$;
