-- 0082 letterheads and document numbers: each office's full name and 文号 pattern, and the numbers it
-- issued, unique per office, year and sequence (so concurrent requests never share one) and given
-- once per document.

CREATE TABLE letterheads (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    office_name character varying(60) NOT NULL,
    number_pattern character varying(40) NOT NULL,
    CONSTRAINT pk_letterheads PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_letterheads_region_code ON letterheads (region_code);

CREATE TABLE document_numbers (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    kind character varying(32) NOT NULL,
    record_id character varying(32) NOT NULL,
    year integer NOT NULL,
    sequence integer NOT NULL,
    number character varying(80) NOT NULL,
    office_name character varying(60) NOT NULL,
    issued_on date NOT NULL,
    CONSTRAINT pk_document_numbers PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_document_numbers_region_code_year_sequence ON document_numbers (region_code, year, sequence);
CREATE UNIQUE INDEX ix_document_numbers_kind_record_id ON document_numbers (kind, record_id);
