-- 0006 platform: job leases, notices, working-day calendar, rule settings, stored files.

CREATE TABLE "holidays" (
    "date" TEXT NOT NULL CONSTRAINT "pk_holidays" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "is_workday" INTEGER NOT NULL
);

CREATE TABLE "job_runs" (
    "name" TEXT NOT NULL CONSTRAINT "pk_job_runs" PRIMARY KEY,
    "lease_owner" TEXT NULL,
    "lease_until" TEXT NULL,
    "last_started_at" TEXT NULL,
    "last_finished_at" TEXT NULL,
    "last_succeeded" INTEGER NULL,
    "last_result" TEXT NULL,
    "last_trigger" TEXT NULL
);

CREATE TABLE "notices" (
    "id" TEXT NOT NULL CONSTRAINT "pk_notices" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "org_kind" TEXT NOT NULL,
    "org_ref_id" TEXT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT NULL,
    "dedupe_key" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "read_at" TEXT NULL
);

CREATE TABLE "rule_settings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_rule_settings" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL
);

CREATE TABLE "stored_files" (
    "id" TEXT NOT NULL CONSTRAINT "pk_stored_files" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "owner_kind" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_path" TEXT NOT NULL,
    "uploaded_at" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_notices_dedupe_key" ON "notices" ("dedupe_key");

CREATE INDEX "ix_notices_org_kind_region_code_org_ref_id_created_at" ON "notices" ("org_kind", "region_code", "org_ref_id", "created_at");

CREATE UNIQUE INDEX "ix_rule_settings_key_region_code" ON "rule_settings" ("key", "region_code");

CREATE INDEX "ix_stored_files_owner_kind_owner_id" ON "stored_files" ("owner_kind", "owner_id");
