-- 0020 rectification lifecycle: the follow-up check date and every step of a problem's history.

ALTER TABLE "problems" ADD COLUMN "follow_up_on" TEXT NULL;

CREATE INDEX "ix_problems_follow_up_on" ON "problems" ("follow_up_on");

CREATE INDEX "ix_problems_status_deadline" ON "problems" ("status", "deadline");

CREATE TABLE "problem_steps" (
    "id" TEXT NOT NULL CONSTRAINT "pk_problem_steps" PRIMARY KEY,
    "problem_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" TEXT NOT NULL,
    "to_status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "user_name" TEXT NOT NULL
);

CREATE INDEX "ix_problem_steps_problem_id_at" ON "problem_steps" ("problem_id", "at");

-- A problem's history is append-only, like the audit log.
CREATE TRIGGER problem_steps_no_update BEFORE UPDATE ON problem_steps BEGIN SELECT RAISE(ABORT, 'problem_steps is append-only'); END;
CREATE TRIGGER problem_steps_no_delete BEFORE DELETE ON problem_steps BEGIN SELECT RAISE(ABORT, 'problem_steps is append-only'); END;
