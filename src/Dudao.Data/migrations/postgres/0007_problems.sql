-- 0007 problems: the rectification ledger.

CREATE TABLE problems (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    source character varying(20) NOT NULL,
    source_id character varying(32),
    category character varying(32) NOT NULL,
    severity character varying(8) NOT NULL,
    description character varying(2000) NOT NULL,
    indicator_code character varying(16),
    responsible_kind character varying(16) NOT NULL,
    responsible_id character varying(32),
    inspector_id character varying(32),
    status character varying(24) NOT NULL,
    deadline date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    closed_at timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_problems PRIMARY KEY (id)
);

CREATE INDEX ix_problems_region_code_status_deadline ON problems (region_code varchar_pattern_ops, status, deadline);

CREATE INDEX ix_problems_source_source_id ON problems (source, source_id);

CREATE INDEX ix_problems_target_kind_target_id ON problems (target_kind, target_id);
