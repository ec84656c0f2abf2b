-- 0123 excellent cases (submitted by schools and inspectors, published by the office) and teaching-material
-- filings per school and term; their attachments are stored files owned by the record.

CREATE TABLE "excellent_cases" (
    "id" TEXT NOT NULL CONSTRAINT "pk_excellent_cases" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "submitter_kind" TEXT NOT NULL,
    "submitter_id" TEXT NOT NULL,
    "submitter_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "submitted_by" TEXT NOT NULL,
    "reviewed_at" TEXT NULL,
    "reviewed_by" TEXT NULL,
    "review_note" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_excellent_cases_region_code_quarter" ON "excellent_cases" ("region_code", "quarter");
CREATE INDEX "ix_excellent_cases_status_reviewed_at" ON "excellent_cases" ("status", "reviewed_at");

CREATE TABLE "material_filings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_material_filings" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "voluntary_confirmed" INTEGER NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_material_filings_target_id_term" ON "material_filings" ("target_id", "term");
CREATE INDEX "ix_material_filings_region_code_term" ON "material_filings" ("region_code", "term");
