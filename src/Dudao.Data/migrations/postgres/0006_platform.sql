-- 0006 platform: job leases, notices, working-day calendar, rule settings, stored files.

CREATE TABLE holidays (
    date date NOT NULL,
    name character varying(32) NOT NULL,
    is_workday boolean NOT NULL,
    CONSTRAINT pk_holidays PRIMARY KEY (date)
);

CREATE TABLE job_runs (
    name character varying(64) NOT NULL,
    lease_owner character varying(128),
    lease_until timestamp with time zone,
    last_started_at timestamp with time zone,
    last_finished_at timestamp with time zone,
    last_succeeded boolean,
    last_result character varying(500),
    last_trigger character varying(100),
    CONSTRAINT pk_job_runs PRIMARY KEY (name)
);

CREATE TABLE notices (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    org_kind character varying(16) NOT NULL,
    org_ref_id character varying(32),
    title character varying(200) NOT NULL,
    body character varying(2000) NOT NULL,
    link character varying(300),
    dedupe_key character varying(120),
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    CONSTRAINT pk_notices PRIMARY KEY (id)
);

CREATE TABLE rule_settings (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    key character varying(64) NOT NULL,
    value integer NOT NULL,
    CONSTRAINT pk_rule_settings PRIMARY KEY (id)
);

CREATE TABLE stored_files (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    owner_kind character varying(32) NOT NULL,
    owner_id character varying(32) NOT NULL,
    file_name character varying(200) NOT NULL,
    content_type character varying(100) NOT NULL,
    size bigint NOT NULL,
    sha256 character varying(64) NOT NULL,
    storage_path character varying(200) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    uploaded_by text NOT NULL,
    CONSTRAINT pk_stored_files PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_notices_dedupe_key ON notices (dedupe_key);

CREATE INDEX ix_notices_org_kind_region_code_org_ref_id_created_at ON notices (org_kind, region_code, org_ref_id, created_at);

CREATE UNIQUE INDEX ix_rule_settings_key_region_code ON rule_settings (key, region_code);

CREATE INDEX ix_stored_files_owner_kind_owner_id ON stored_files (owner_kind, owner_id);
