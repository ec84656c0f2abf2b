-- 0113 key-task lists (重点任务清单): tasks with responsible departments, milestones and monthly progress reports.

CREATE TABLE "key_tasks" (
    "id" TEXT NOT NULL CONSTRAINT "pk_key_tasks" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "completed_on" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_key_tasks_region_code_number" ON "key_tasks" ("region_code", "number");

CREATE TABLE "key_task_units" (
    "id" TEXT NOT NULL CONSTRAINT "pk_key_task_units" PRIMARY KEY,
    "key_task_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "department_id" TEXT NOT NULL,
    "department_name" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_key_task_units_key_task_id_department_id" ON "key_task_units" ("key_task_id", "department_id");
CREATE INDEX "ix_key_task_units_department_id" ON "key_task_units" ("department_id");

CREATE TABLE "key_task_milestones" (
    "id" TEXT NOT NULL CONSTRAINT "pk_key_task_milestones" PRIMARY KEY,
    "key_task_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "month" TEXT NOT NULL
);

CREATE INDEX "ix_key_task_milestones_key_task_id" ON "key_task_milestones" ("key_task_id");

CREATE TABLE "key_task_reports" (
    "id" TEXT NOT NULL CONSTRAINT "pk_key_task_reports" PRIMARY KEY,
    "key_task_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "department_id" TEXT NULL,
    "unit_name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "reported_at" TEXT NOT NULL,
    "reported_by" TEXT NOT NULL
);

CREATE INDEX "ix_key_task_reports_key_task_id_month" ON "key_task_reports" ("key_task_id", "month");
