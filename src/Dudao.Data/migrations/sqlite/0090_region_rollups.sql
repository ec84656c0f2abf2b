-- 0090 region rollups: figures per region (county, city, province) and month, kept up to date in the
-- transaction of each change, so dashboards and documents read a few rows instead of scanning records.
-- One row per (region, month, metric) keeps new figures free of schema changes.

CREATE TABLE "region_rollups" (
    "region_code" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    CONSTRAINT "pk_region_rollups" PRIMARY KEY ("region_code", "month", "metric")
);

-- The date up to which time-dependent figures (problems overdue) were settled.
CREATE TABLE "rollup_settlements" (
    "name" TEXT NOT NULL CONSTRAINT "pk_rollup_settlements" PRIMARY KEY,
    "settled_on" TEXT NOT NULL
);
