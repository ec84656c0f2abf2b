-- 0103 training institutions: filings (备案) and their review, custody accounts, imported fund
-- statements (unique per institution and period, so a re-import changes nothing) and the flags they raise.

CREATE TABLE "filings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_filings" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "submitted_by" TEXT NOT NULL,
    "reviewed_at" TEXT NULL,
    "reviewed_by" TEXT NULL,
    "return_reason" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_filings_target_id_kind" ON "filings" ("target_id", "kind");
CREATE INDEX "ix_filings_region_code_status" ON "filings" ("region_code", "status");

CREATE TABLE "custody_accounts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_custody_accounts" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "bank" TEXT NOT NULL,
    "account_no" TEXT NOT NULL,
    "platform" TEXT NULL,
    "since" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_custody_accounts_target_id" ON "custody_accounts" ("target_id");

CREATE TABLE "fund_statements" (
    "id" TEXT NOT NULL CONSTRAINT "pk_fund_statements" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "collected" TEXT NOT NULL,
    "released" TEXT NOT NULL,
    "refunded" TEXT NOT NULL,
    "balance" TEXT NOT NULL,
    "minimum_balance" TEXT NOT NULL,
    "max_purchase_lessons" INTEGER NULL,
    "max_purchase_months" INTEGER NULL,
    "oldest_refund_days" INTEGER NULL,
    "imported_at" TEXT NOT NULL,
    "imported_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_fund_statements_uscc_period" ON "fund_statements" ("uscc", "period");
CREATE INDEX "ix_fund_statements_target_id_period" ON "fund_statements" ("target_id", "period");

CREATE TABLE "fund_flags" (
    "id" TEXT NOT NULL CONSTRAINT "pk_fund_flags" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "period" TEXT NULL,
    "message" TEXT NOT NULL,
    "problem_id" TEXT NULL,
    "raised_at" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_fund_flags_key" ON "fund_flags" ("key");
CREATE INDEX "ix_fund_flags_target_id_raised_at" ON "fund_flags" ("target_id", "raised_at");
