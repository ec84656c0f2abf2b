-- 0044 tamper-evident audit (ADR-044): each entry carries its place in a hash chain, the previous
-- entry's hash and its own. The writer leaves them empty; the audit-chain job fills them in once.

ALTER TABLE "audit_entries" ADD COLUMN "chain_seq" INTEGER NULL;
ALTER TABLE "audit_entries" ADD COLUMN "prev_hash" TEXT NULL;
ALTER TABLE "audit_entries" ADD COLUMN "hash" TEXT NULL;

CREATE UNIQUE INDEX "ix_audit_entries_chain_seq" ON "audit_entries" ("chain_seq");
CREATE INDEX "ix_audit_entries_at_id" ON "audit_entries" ("at", "id") WHERE chain_seq IS NULL;

-- Still append-only, with two exceptions: the chain columns are filled in once, content untouched;
-- a chained entry older than six months (the least any setting keeps) may be deleted.
DROP TRIGGER audit_entries_no_update;
DROP TRIGGER audit_entries_no_delete;
CREATE TRIGGER audit_entries_content_fixed BEFORE UPDATE OF id, at, user_name, region_code, action, entity_type, entity_id, changes ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_chained_once BEFORE UPDATE OF chain_seq, prev_hash, hash ON audit_entries WHEN OLD.chain_seq IS NOT NULL OR NEW.chain_seq IS NULL
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries WHEN OLD.chain_seq IS NULL OR OLD.at >= datetime('now', '-6 months')
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
