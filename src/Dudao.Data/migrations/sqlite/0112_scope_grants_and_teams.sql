-- 0112 dated scope grants (an account sees a region's or a target's records between two dates, ADR-112)
-- and the teams that write them: cross-inspection batches and their pairs, joint teams and their targets.

CREATE TABLE "scope_grants" (
    "id" TEXT NOT NULL CONSTRAINT "pk_scope_grants" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "region_prefix" TEXT NOT NULL,
    "target_id" TEXT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_to" TEXT NOT NULL,
    "source_kind" TEXT NOT NULL,
    "source_id" TEXT NOT NULL
);

CREATE INDEX "ix_scope_grants_user_id_valid_to" ON "scope_grants" ("user_id", "valid_to");
CREATE INDEX "ix_scope_grants_source_kind_source_id" ON "scope_grants" ("source_kind", "source_id");

CREATE TABLE "cross_inspections" (
    "id" TEXT NOT NULL CONSTRAINT "pk_cross_inspections" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "half" INTEGER NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_cross_inspections_region_code_year_half" ON "cross_inspections" ("region_code", "year", "half");

CREATE TABLE "cross_pairs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_cross_pairs" PRIMARY KEY,
    "cross_inspection_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inspecting" TEXT NOT NULL,
    "inspecting_name" TEXT NOT NULL,
    "inspected" TEXT NOT NULL,
    "inspected_name" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_cross_pairs_cross_inspection_id_inspecting" ON "cross_pairs" ("cross_inspection_id", "inspecting");
CREATE UNIQUE INDEX "ix_cross_pairs_cross_inspection_id_inspected" ON "cross_pairs" ("cross_inspection_id", "inspected");

CREATE TABLE "team_members" (
    "id" TEXT NOT NULL CONSTRAINT "pk_team_members" PRIMARY KEY,
    "team_kind" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "agency" TEXT NULL
);

CREATE UNIQUE INDEX "ix_team_members_team_kind_team_id_user_id" ON "team_members" ("team_kind", "team_id", "user_id");
CREATE INDEX "ix_team_members_user_id" ON "team_members" ("user_id");

CREATE TABLE "joint_teams" (
    "id" TEXT NOT NULL CONSTRAINT "pk_joint_teams" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_joint_teams_region_code_from" ON "joint_teams" ("region_code", "from");

CREATE TABLE "joint_targets" (
    "id" TEXT NOT NULL CONSTRAINT "pk_joint_targets" PRIMARY KEY,
    "joint_team_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_joint_targets_joint_team_id_target_id" ON "joint_targets" ("joint_team_id", "target_id");
