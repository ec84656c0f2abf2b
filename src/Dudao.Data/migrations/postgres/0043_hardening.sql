-- 0043 hardening: the last run of a job an office started for its own region; the Idempotency-Keys
-- of public complaints, kept a day with their sealed receipts.

CREATE TABLE job_region_runs (
    name character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    succeeded boolean,
    result character varying(500),
    trigger character varying(100) NOT NULL,
    CONSTRAINT pk_job_region_runs PRIMARY KEY (name, region_code)
);

CREATE TABLE complaint_submission_keys (
    key_hash character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    request_hash character varying(64) NOT NULL,
    complaint_id character varying(32) NOT NULL,
    sealed_receipt character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_complaint_submission_keys PRIMARY KEY (key_hash)
);

CREATE INDEX ix_complaint_submission_keys_created_at ON complaint_submission_keys (created_at);
