-- 0083 不予受理 with its reason, the trace of each 转办 (kept by the office that gave a complaint away),
-- and the complaints behind an escalation.

ALTER TABLE "complaints" ADD COLUMN "rejection_reason" TEXT NULL;
ALTER TABLE "complaints" ADD COLUMN "rejected_at" TEXT NULL;
ALTER TABLE "complaints" ADD COLUMN "rejected_by" TEXT NULL;

CREATE TABLE "complaint_transfers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_complaint_transfers" PRIMARY KEY,
    "complaint_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "from_department" TEXT NOT NULL,
    "to_region_code" TEXT NOT NULL,
    "to_department" TEXT NOT NULL,
    "reason" TEXT NULL,
    "target_name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "transferred_at" TEXT NOT NULL,
    "transferred_by" TEXT NOT NULL
);

CREATE INDEX "ix_complaint_transfers_complaint_id" ON "complaint_transfers" ("complaint_id");

CREATE INDEX "ix_complaint_transfers_region_code_transferred_at" ON "complaint_transfers" ("region_code", "transferred_at");

CREATE TABLE "escalation_complaints" (
    "escalation_id" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    CONSTRAINT "pk_escalation_complaints" PRIMARY KEY ("escalation_id", "complaint_id")
);

CREATE INDEX "ix_escalation_complaints_complaint_id" ON "escalation_complaints" ("complaint_id");
