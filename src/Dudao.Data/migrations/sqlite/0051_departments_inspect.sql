-- 0051 departments inspect, inspectors above county, 四不两直 plans:
-- a plan's visit kind and leading department; a department's configured remit (null = the standard
-- one of its name); first and second responsible inspectors; who proposed an escalation.

ALTER TABLE "special_inspections" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'special';
ALTER TABLE "special_inspections" ADD COLUMN "lead_department_id" TEXT NULL;

ALTER TABLE "departments" ADD COLUMN "remit" TEXT NULL;

ALTER TABLE "assignments" ADD COLUMN "role" TEXT NOT NULL DEFAULT 'first';
CREATE UNIQUE INDEX "ix_assignments_second" ON "assignments" ("target_kind", "target_id") WHERE role = 'second';

ALTER TABLE "escalation_suggestions" ADD COLUMN "proposed_by" TEXT NULL;
