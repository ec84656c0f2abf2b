-- 0083 不予受理 with its reason, the trace of each 转办 (kept by the office that gave a complaint away),
-- and the complaints behind an escalation.

ALTER TABLE complaints ADD rejection_reason character varying(500);
ALTER TABLE complaints ADD rejected_at timestamp with time zone;
ALTER TABLE complaints ADD rejected_by character varying(64);

CREATE TABLE complaint_transfers (
    id character varying(32) NOT NULL,
    complaint_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    from_department character varying(64) NOT NULL,
    to_region_code character varying(9) NOT NULL,
    to_department character varying(64) NOT NULL,
    reason character varying(500),
    target_name character varying(100) NOT NULL,
    category character varying(16) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    transferred_at timestamp with time zone NOT NULL,
    transferred_by character varying(64) NOT NULL,
    CONSTRAINT pk_complaint_transfers PRIMARY KEY (id)
);

CREATE INDEX ix_complaint_transfers_complaint_id ON complaint_transfers (complaint_id);

CREATE INDEX ix_complaint_transfers_region_code_transferred_at ON complaint_transfers (region_code varchar_pattern_ops, transferred_at);

CREATE TABLE escalation_complaints (
    escalation_id character varying(32) NOT NULL,
    complaint_id character varying(32) NOT NULL,
    CONSTRAINT pk_escalation_complaints PRIMARY KEY (escalation_id, complaint_id)
);

CREATE INDEX ix_escalation_complaints_complaint_id ON escalation_complaints (complaint_id);
