-- 0007 problems: the rectification ledger.

CREATE TABLE "problems" (
    "id" TEXT NOT NULL CONSTRAINT "pk_problems" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_id" TEXT NULL,
    "category" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "indicator_code" TEXT NULL,
    "responsible_kind" TEXT NOT NULL,
    "responsible_id" TEXT NULL,
    "inspector_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "closed_at" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_problems_region_code_status_deadline" ON "problems" ("region_code", "status", "deadline");

CREATE INDEX "ix_problems_source_source_id" ON "problems" ("source", "source_id");

CREATE INDEX "ix_problems_target_kind_target_id" ON "problems" ("target_kind", "target_id");
