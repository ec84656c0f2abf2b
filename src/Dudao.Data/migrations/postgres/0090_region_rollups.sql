-- 0090 region rollups: figures per region (county, city, province) and month, kept up to date in the
-- transaction of each change, so dashboards and documents read a few rows instead of scanning records.
-- One row per (region, month, metric) keeps new figures free of schema changes.

CREATE TABLE region_rollups (
    region_code character varying(9) NOT NULL,
    month character varying(7) NOT NULL,
    metric character varying(40) NOT NULL,
    value integer NOT NULL,
    CONSTRAINT pk_region_rollups PRIMARY KEY (region_code, month, metric)
);

-- The date up to which time-dependent figures (problems overdue) were settled.
CREATE TABLE rollup_settlements (
    name character varying(40) NOT NULL,
    settled_on date NOT NULL,
    CONSTRAINT pk_rollup_settlements PRIMARY KEY (name)
);
