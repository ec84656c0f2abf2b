-- 0044 tamper-evident audit (ADR-044): each entry carries its place in a hash chain, the previous
-- entry's hash and its own. The writer leaves them empty; the audit-chain job fills them in once.

ALTER TABLE audit_entries ADD chain_seq bigint NULL;
ALTER TABLE audit_entries ADD prev_hash character varying(64) NULL;
ALTER TABLE audit_entries ADD hash character varying(64) NULL;

CREATE UNIQUE INDEX ix_audit_entries_chain_seq ON audit_entries (chain_seq);
CREATE INDEX ix_audit_entries_at_id ON audit_entries (at, id) WHERE chain_seq IS NULL;

-- Still append-only, with two exceptions: the chain columns are filled in once, content untouched;
-- a chained entry older than six months (the least any setting keeps) may be deleted.
DROP TRIGGER audit_entries_append_only ON audit_entries;
CREATE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND ROW(NEW.id, NEW.at, NEW.user_name, NEW.region_code, NEW.action, NEW.entity_type, NEW.entity_id, NEW.changes)
           IS NOT DISTINCT FROM ROW(OLD.id, OLD.at, OLD.user_name, OLD.region_code, OLD.action, OLD.entity_type, OLD.entity_id, OLD.changes) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND OLD.chain_seq IS NOT NULL AND OLD.at < now() - interval '6 months' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'table audit_entries is append-only';
END;
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_guard();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
