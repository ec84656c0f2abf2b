-- 0052 targets of supervision and school attributes: a person's unit on problems, escalations and
-- suggestions; who filed a 督办单's reply; a school's location, tier and boarding.

ALTER TABLE "problems" ADD COLUMN "target_unit" TEXT NULL;

ALTER TABLE "escalations" ADD COLUMN "target_unit" TEXT NULL;

ALTER TABLE "escalations" ADD COLUMN "replied_by" TEXT NULL;

ALTER TABLE "escalation_suggestions" ADD COLUMN "target_unit" TEXT NULL;

ALTER TABLE "schools" ADD COLUMN "location" TEXT NULL;

ALTER TABLE "schools" ADD COLUMN "tier" TEXT NULL;

ALTER TABLE "schools" ADD COLUMN "boarding" TEXT NULL;
