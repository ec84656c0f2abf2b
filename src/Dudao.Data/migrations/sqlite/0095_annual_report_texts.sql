-- 0095 the office's edited 亮点, 问题 and 建议 of a region's annual 督导报告, one row per region and year.

CREATE TABLE "annual_report_texts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_annual_report_texts" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "highlights" TEXT NOT NULL,
    "problems" TEXT NOT NULL,
    "suggestions" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_annual_report_texts_region_code_year" ON "annual_report_texts" ("region_code", "year");
