-- 0095 the office's edited 亮点, 问题 and 建议 of a region's annual 督导报告, one row per region and year.

CREATE TABLE annual_report_texts (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    year integer NOT NULL,
    highlights character varying(4000) NOT NULL,
    problems character varying(4000) NOT NULL,
    suggestions character varying(4000) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_annual_report_texts PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_annual_report_texts_region_code_year ON annual_report_texts (region_code, year);
