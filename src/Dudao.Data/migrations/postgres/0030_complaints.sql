-- 0030 complaints: reports from every channel, sealed reporter identities, investigations, routing table.

CREATE TABLE complaint_investigations (
    id character varying(32) NOT NULL,
    complaint_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    date date NOT NULL,
    method character varying(16) NOT NULL,
    verdict character varying(16) NOT NULL,
    findings character varying(4000) NOT NULL,
    problem_ids character varying(1000) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by character varying(64) NOT NULL,
    CONSTRAINT pk_complaint_investigations PRIMARY KEY (id)
);

CREATE TABLE complaint_reporters (
    complaint_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    sealed character varying(1000) NOT NULL,
    CONSTRAINT pk_complaint_reporters PRIMARY KEY (complaint_id)
);

CREATE TABLE complaint_routes (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    category character varying(16) NOT NULL,
    department character varying(64) NOT NULL,
    CONSTRAINT pk_complaint_routes PRIMARY KEY (id)
);

CREATE TABLE complaints (
    id character varying(32) NOT NULL,
    receipt_hash character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    channel character varying(16) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_name character varying(100) NOT NULL,
    matched_kind character varying(16),
    matched_id character varying(32),
    matched_name character varying(100),
    target_key character varying(40) NOT NULL,
    category character varying(16) NOT NULL,
    content character varying(4000) NOT NULL,
    anonymous boolean NOT NULL,
    department character varying(64) NOT NULL,
    duplicate_of_id character varying(32),
    status character varying(16) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    accept_deadline date NOT NULL,
    accepted_at timestamp with time zone,
    accepted_by character varying(64),
    handle_deadline date,
    extended_days integer NOT NULL,
    extension_reason character varying(500),
    reply character varying(2000),
    replied_at timestamp with time zone,
    closed_at timestamp with time zone,
    closed_by character varying(64),
    version integer NOT NULL,
    CONSTRAINT pk_complaints PRIMARY KEY (id)
);

CREATE INDEX ix_complaint_investigations_complaint_id ON complaint_investigations (complaint_id);

CREATE UNIQUE INDEX ix_complaint_routes_region_code_category ON complaint_routes (region_code, category);

CREATE UNIQUE INDEX ix_complaints_receipt_hash ON complaints (receipt_hash);

CREATE INDEX ix_complaints_region_code_status_submitted_at ON complaints (region_code varchar_pattern_ops, status, submitted_at);

CREATE INDEX ix_complaints_region_code_target_key_submitted_at ON complaints (region_code varchar_pattern_ops, target_key, submitted_at);
