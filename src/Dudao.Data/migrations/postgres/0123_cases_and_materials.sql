-- 0123 excellent cases (submitted by schools and inspectors, published by the office) and teaching-material
-- filings per school and term; their attachments are stored files owned by the record.

CREATE TABLE excellent_cases (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    submitter_kind character varying(20) NOT NULL,
    submitter_id character varying(32) NOT NULL,
    submitter_name character varying(100) NOT NULL,
    title character varying(100) NOT NULL,
    category character varying(20) NOT NULL,
    text character varying(10000) NOT NULL,
    quarter character varying(6) NOT NULL,
    status character varying(20) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    submitted_by character varying(64) NOT NULL,
    reviewed_at timestamp with time zone,
    reviewed_by character varying(64),
    review_note character varying(500),
    version integer NOT NULL,
    CONSTRAINT pk_excellent_cases PRIMARY KEY (id)
);

CREATE INDEX ix_excellent_cases_region_code_quarter ON excellent_cases (region_code, quarter);
CREATE INDEX ix_excellent_cases_status_reviewed_at ON excellent_cases (status, reviewed_at);

CREATE TABLE material_filings (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    term character varying(6) NOT NULL,
    items character varying(30000) NOT NULL,
    voluntary_confirmed boolean NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_material_filings PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_material_filings_target_id_term ON material_filings (target_id, term);
CREATE INDEX ix_material_filings_region_code_term ON material_filings (region_code, term);
