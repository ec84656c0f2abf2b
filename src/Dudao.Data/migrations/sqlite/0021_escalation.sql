-- 0021 escalation: records of notices, interviews, listed supervision, accountability, exposure and commendation;
-- the problems each is about; the rules' suggestions.

CREATE TABLE "escalation_problems" (
    "escalation_id" TEXT NOT NULL,
    "problem_id" TEXT NOT NULL,
    CONSTRAINT "pk_escalation_problems" PRIMARY KEY ("escalation_id", "problem_id")
);

CREATE TABLE "escalation_suggestions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_escalation_suggestions" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "problem_ids" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "decided_at" TEXT NULL,
    "decided_by" TEXT NULL,
    "decision_note" TEXT NULL,
    "escalation_id" TEXT NULL
);

CREATE TABLE "escalations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_escalations" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_on" TEXT NOT NULL,
    "notice_form" TEXT NULL,
    "interview_at" TEXT NULL,
    "interview_place" TEXT NULL,
    "interview_attendees" TEXT NULL,
    "interview_minutes" TEXT NULL,
    "requirement" TEXT NULL,
    "deadline" TEXT NULL,
    "reply" TEXT NULL,
    "replied_at" TEXT NULL,
    "accountability_form" TEXT NULL,
    "accountable_kind" TEXT NULL,
    "accountable_name" TEXT NULL,
    "public_decision" TEXT NULL,
    "published_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_escalation_problems_problem_id" ON "escalation_problems" ("problem_id");

CREATE UNIQUE INDEX "ix_escalation_suggestions_basis" ON "escalation_suggestions" ("basis");

CREATE INDEX "ix_escalation_suggestions_region_code_status" ON "escalation_suggestions" ("region_code", "status");

CREATE INDEX "ix_escalations_published_at" ON "escalations" ("published_at");

CREATE INDEX "ix_escalations_region_code_decided_on" ON "escalations" ("region_code", "decided_on");

CREATE INDEX "ix_escalations_target_kind_target_id_level" ON "escalations" ("target_kind", "target_id", "level");
