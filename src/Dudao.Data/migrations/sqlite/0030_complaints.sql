-- 0030 complaints: reports from every channel, sealed reporter identities, investigations, routing table.

CREATE TABLE "complaint_investigations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_complaint_investigations" PRIMARY KEY,
    "complaint_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "problem_ids" TEXT NOT NULL,
    "recorded_at" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL
);

CREATE TABLE "complaint_reporters" (
    "complaint_id" TEXT NOT NULL CONSTRAINT "pk_complaint_reporters" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "sealed" TEXT NOT NULL
);

CREATE TABLE "complaint_routes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_complaint_routes" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "department" TEXT NOT NULL
);

CREATE TABLE "complaints" (
    "id" TEXT NOT NULL CONSTRAINT "pk_complaints" PRIMARY KEY,
    "receipt_hash" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "matched_kind" TEXT NULL,
    "matched_id" TEXT NULL,
    "matched_name" TEXT NULL,
    "target_key" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "anonymous" INTEGER NOT NULL,
    "department" TEXT NOT NULL,
    "duplicate_of_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "accept_deadline" TEXT NOT NULL,
    "accepted_at" TEXT NULL,
    "accepted_by" TEXT NULL,
    "handle_deadline" TEXT NULL,
    "extended_days" INTEGER NOT NULL,
    "extension_reason" TEXT NULL,
    "reply" TEXT NULL,
    "replied_at" TEXT NULL,
    "closed_at" TEXT NULL,
    "closed_by" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_complaint_investigations_complaint_id" ON "complaint_investigations" ("complaint_id");

CREATE UNIQUE INDEX "ix_complaint_routes_region_code_category" ON "complaint_routes" ("region_code", "category");

CREATE UNIQUE INDEX "ix_complaints_receipt_hash" ON "complaints" ("receipt_hash");

CREATE INDEX "ix_complaints_region_code_status_submitted_at" ON "complaints" ("region_code", "status", "submitted_at");

CREATE INDEX "ix_complaints_region_code_target_key_submitted_at" ON "complaints" ("region_code", "target_key", "submitted_at");
