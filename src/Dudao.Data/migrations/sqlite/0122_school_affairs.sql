-- 0122 school affairs: homework published per school, grade (or class) and week; exam calendars and
-- after-school plans per school and term. Each keeps the breaches found when saved and the problem opened from them.

CREATE TABLE "homework_weeks" (
    "id" TEXT NOT NULL CONSTRAINT "pk_homework_weeks" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "week_of" TEXT NOT NULL,
    "grade" INTEGER NOT NULL,
    "class_name" TEXT NOT NULL,
    "lines" TEXT NOT NULL,
    "max_daily_minutes" INTEGER NOT NULL,
    "limit_minutes" INTEGER NULL,
    "violations" TEXT NOT NULL,
    "problem_id" TEXT NULL,
    "published_at" TEXT NOT NULL,
    "published_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_homework_weeks_target_id_week_of_grade_class_name" ON "homework_weeks" ("target_id", "week_of", "grade", "class_name");
CREATE INDEX "ix_homework_weeks_region_code_week_of" ON "homework_weeks" ("region_code", "week_of");

CREATE TABLE "exam_calendars" (
    "id" TEXT NOT NULL CONSTRAINT "pk_exam_calendars" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "exams" TEXT NOT NULL,
    "violations" TEXT NOT NULL,
    "problem_id" TEXT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_exam_calendars_target_id_term" ON "exam_calendars" ("target_id", "term");
CREATE INDEX "ix_exam_calendars_region_code_term" ON "exam_calendars" ("region_code", "term");

CREATE TABLE "after_school_plans" (
    "id" TEXT NOT NULL CONSTRAINT "pk_after_school_plans" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "days_per_week" INTEGER NOT NULL,
    "minutes_per_day" INTEGER NOT NULL,
    "end_time" TEXT NOT NULL,
    "extended_care_end" TEXT NULL,
    "weekend_care" INTEGER NOT NULL,
    "holiday_care" INTEGER NOT NULL,
    "evening_study" INTEGER NOT NULL,
    "funding" TEXT NOT NULL,
    "fee_per_term" TEXT NULL,
    "teacher_subsidy" TEXT NULL,
    "pupils_taking_part" INTEGER NOT NULL,
    "teachers_taking_part" INTEGER NOT NULL,
    "violations" TEXT NOT NULL,
    "problem_id" TEXT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_after_school_plans_target_id_term" ON "after_school_plans" ("target_id", "term");
CREATE INDEX "ix_after_school_plans_region_code_term" ON "after_school_plans" ("region_code", "term");
