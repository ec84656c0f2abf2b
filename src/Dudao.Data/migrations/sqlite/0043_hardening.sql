-- 0043 hardening: the last run of a job an office started for its own region; the Idempotency-Keys
-- of public complaints, kept a day with their sealed receipts.

CREATE TABLE "job_region_runs" (
    "name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "started_at" TEXT NOT NULL,
    "finished_at" TEXT NULL,
    "succeeded" INTEGER NULL,
    "result" TEXT NULL,
    "trigger" TEXT NOT NULL,
    CONSTRAINT "pk_job_region_runs" PRIMARY KEY ("name", "region_code")
);

CREATE TABLE "complaint_submission_keys" (
    "key_hash" TEXT NOT NULL CONSTRAINT "pk_complaint_submission_keys" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "sealed_receipt" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE INDEX "ix_complaint_submission_keys_created_at" ON "complaint_submission_keys" ("created_at");
