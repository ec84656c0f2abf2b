-- 0001 initial schema: registries, accounts, audit and login logs.
-- Written from `dotnet run --project src/Dudao.Cli -- schema-script sqlite`.

CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY,
    "at" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" TEXT NULL
);

CREATE TABLE "departments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_departments" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

CREATE TABLE "inspectors" (
    "id" TEXT NOT NULL CONSTRAINT "pk_inspectors" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "phone" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "institutions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_institutions" PRIMARY KEY,
    "uscc" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NULL,
    "profit" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "address" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "login_records" (
    "id" TEXT NOT NULL CONSTRAINT "pk_login_records" PRIMARY KEY,
    "at" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "succeeded" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "client_address" TEXT NULL
);

CREATE TABLE "regions" (
    "code" TEXT NOT NULL CONSTRAINT "pk_regions" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parent_code" TEXT NULL
);

CREATE TABLE "schools" (
    "id" TEXT NOT NULL CONSTRAINT "pk_schools" PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "ownership" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "zone" TEXT NULL,
    "pupils" INTEGER NOT NULL,
    "teachers" INTEGER NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_users" PRIMARY KEY,
    "user_name" TEXT NOT NULL,
    "normalized_user_name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NOT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "access_failed_count" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "authenticator_key" TEXT NULL,
    "is_active" INTEGER NOT NULL,
    "org_kind" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "org_ref_id" TEXT NULL,
    "roles" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "last_login_at" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "zones" (
    "id" TEXT NOT NULL CONSTRAINT "pk_zones" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

CREATE TABLE "assignments" (
    "inspector_id" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    CONSTRAINT "pk_assignments" PRIMARY KEY ("inspector_id", "target_kind", "target_id"),
    CONSTRAINT "fk_assignments_inspectors_inspector_id" FOREIGN KEY ("inspector_id") REFERENCES "inspectors" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_assignments_target_kind_target_id" ON "assignments" ("target_kind", "target_id");

CREATE INDEX "ix_audit_entries_at" ON "audit_entries" ("at");

CREATE INDEX "ix_audit_entries_entity_type_entity_id" ON "audit_entries" ("entity_type", "entity_id");

CREATE UNIQUE INDEX "ix_departments_region_code_name" ON "departments" ("region_code", "name");

CREATE INDEX "ix_inspectors_region_code_name" ON "inspectors" ("region_code", "name");

CREATE INDEX "ix_institutions_region_code_name" ON "institutions" ("region_code", "name");

CREATE UNIQUE INDEX "ix_institutions_uscc" ON "institutions" ("uscc");

CREATE INDEX "ix_login_records_at" ON "login_records" ("at");

CREATE INDEX "ix_regions_parent_code" ON "regions" ("parent_code");

CREATE UNIQUE INDEX "ix_schools_code" ON "schools" ("code");

CREATE INDEX "ix_schools_region_code_name" ON "schools" ("region_code", "name");

CREATE UNIQUE INDEX "ix_users_normalized_user_name" ON "users" ("normalized_user_name");

CREATE INDEX "ix_users_region_code" ON "users" ("region_code");

CREATE UNIQUE INDEX "ix_zones_region_code_name" ON "zones" ("region_code", "name");

-- The audit and login logs are append-only.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER login_records_no_update BEFORE UPDATE ON login_records BEGIN SELECT RAISE(ABORT, 'login_records is append-only'); END;
CREATE TRIGGER login_records_no_delete BEFORE DELETE ON login_records BEGIN SELECT RAISE(ABORT, 'login_records is append-only'); END;
