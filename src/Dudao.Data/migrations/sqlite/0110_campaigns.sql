-- 0110 campaigns: 双随机一公开 draws (the frozen canonical input, its hash, the seed and the canonical
-- result), the priority lists offices accept from the monthly risk ranking, and campaign windows
-- (集中督导, 回头看, holiday 专项) with their targets and teams.

CREATE TABLE "draws" (
    "id" TEXT NOT NULL CONSTRAINT "pk_draws" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_count" INTEGER NOT NULL,
    "inspector_count" INTEGER NOT NULL,
    "seed_fixed_on" TEXT NOT NULL,
    "seed_source" TEXT NULL,
    "input" TEXT NOT NULL,
    "inputs_hash" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "seed" TEXT NULL,
    "result" TEXT NULL,
    "run_at" TEXT NULL,
    "run_by" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_draws_region_code_created_at" ON "draws" ("region_code", "created_at");

CREATE TABLE "targeting_lists" (
    "id" TEXT NOT NULL CONSTRAINT "pk_targeting_lists" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "accepted_at" TEXT NOT NULL,
    "accepted_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_targeting_lists_region_code_month" ON "targeting_lists" ("region_code", "month");

CREATE TABLE "targeting_entries" (
    "list_id" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "unannounced" INTEGER NOT NULL,
    CONSTRAINT "pk_targeting_entries" PRIMARY KEY ("list_id", "target_id")
);

CREATE TABLE "campaigns" (
    "id" TEXT NOT NULL CONSTRAINT "pk_campaigns" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "starts_on" TEXT NOT NULL,
    "ends_on" TEXT NOT NULL,
    "filter_text" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_campaigns_region_code_starts_on" ON "campaigns" ("region_code", "starts_on");

CREATE TABLE "campaign_targets" (
    "campaign_id" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    CONSTRAINT "pk_campaign_targets" PRIMARY KEY ("campaign_id", "target_id")
);

CREATE TABLE "campaign_members" (
    "campaign_id" TEXT NOT NULL,
    "inspector_id" TEXT NOT NULL,
    "inspector_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    CONSTRAINT "pk_campaign_members" PRIMARY KEY ("campaign_id", "inspector_id")
);
