-- 0094 issued quarterly bulletins (季度通报), once per region and quarter, and the 通报 each one issued.

CREATE TABLE "quarterly_bulletins" (
    "id" TEXT NOT NULL CONSTRAINT "pk_quarterly_bulletins" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issued_on" TEXT NOT NULL,
    "issued_at" TEXT NOT NULL,
    "issued_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_quarterly_bulletins_region_code_quarter" ON "quarterly_bulletins" ("region_code", "quarter");

CREATE TABLE "quarterly_bulletin_escalations" (
    "bulletin_id" TEXT NOT NULL,
    "escalation_id" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    CONSTRAINT "pk_quarterly_bulletin_escalations" PRIMARY KEY ("bulletin_id", "escalation_id")
);

CREATE UNIQUE INDEX "ix_quarterly_bulletin_escalations_escalation_id" ON "quarterly_bulletin_escalations" ("escalation_id");
