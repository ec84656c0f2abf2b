-- 0011 inspections: visits, the monthly coverage marks (one per school and month), self-assessment rounds and special inspections.

CREATE TABLE "coverage_marks" (
    "month" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "visited_on" TEXT NOT NULL,
    CONSTRAINT "pk_coverage_marks" PRIMARY KEY ("month", "school_id")
);

CREATE TABLE "self_assessment_rounds" (
    "id" TEXT NOT NULL CONSTRAINT "pk_self_assessment_rounds" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "self_assessments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_self_assessments" PRIMARY KEY,
    "round_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "submitted_at" TEXT NULL,
    "submitted_by" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "special_inspection_members" (
    "special_inspection_id" TEXT NOT NULL,
    "inspector_id" TEXT NOT NULL,
    "inspector_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    CONSTRAINT "pk_special_inspection_members" PRIMARY KEY ("special_inspection_id", "inspector_id")
);

CREATE TABLE "special_inspection_targets" (
    "special_inspection_id" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    CONSTRAINT "pk_special_inspection_targets" PRIMARY KEY ("special_inspection_id", "target_id")
);

CREATE TABLE "special_inspections" (
    "id" TEXT NOT NULL CONSTRAINT "pk_special_inspections" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "starts_on" TEXT NOT NULL,
    "ends_on" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "visits" (
    "id" TEXT NOT NULL CONSTRAINT "pk_visits" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "methods" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "inspector_id" TEXT NULL,
    "inspector_name" TEXT NULL,
    "special_inspection_id" TEXT NULL,
    "summary" TEXT NOT NULL,
    "feedback" TEXT NULL,
    "highlights" TEXT NULL,
    "requirements" TEXT NULL,
    "suggestions" TEXT NULL,
    "results" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NULL,
    "acknowledged_by" TEXT NULL,
    "acknowledged_at" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_coverage_marks_month_region_code" ON "coverage_marks" ("month", "region_code");

CREATE INDEX "ix_self_assessment_rounds_region_code" ON "self_assessment_rounds" ("region_code");

CREATE UNIQUE INDEX "ix_self_assessments_round_id_target_id" ON "self_assessments" ("round_id", "target_id");

CREATE INDEX "ix_self_assessments_target_kind_target_id" ON "self_assessments" ("target_kind", "target_id");

CREATE INDEX "ix_special_inspections_region_code" ON "special_inspections" ("region_code");

CREATE INDEX "ix_visits_region_code_date" ON "visits" ("region_code", "date");

CREATE INDEX "ix_visits_special_inspection_id" ON "visits" ("special_inspection_id");

CREATE INDEX "ix_visits_target_kind_target_id_date" ON "visits" ("target_kind", "target_id", "date");
