-- 0021 escalation: records of notices, interviews, listed supervision, accountability, exposure and commendation;
-- the problems each is about; the rules' suggestions.

CREATE TABLE escalation_problems (
    escalation_id character varying(32) NOT NULL,
    problem_id character varying(32) NOT NULL,
    CONSTRAINT pk_escalation_problems PRIMARY KEY (escalation_id, problem_id)
);

CREATE TABLE escalation_suggestions (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    level character varying(16) NOT NULL,
    rule character varying(64) NOT NULL,
    reason character varying(2000) NOT NULL,
    basis character varying(200) NOT NULL,
    problem_ids character varying(4000) NOT NULL,
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    decided_by character varying(64),
    decision_note character varying(500),
    escalation_id character varying(32),
    CONSTRAINT pk_escalation_suggestions PRIMARY KEY (id)
);

CREATE TABLE escalations (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    level character varying(16) NOT NULL,
    reason character varying(2000) NOT NULL,
    decided_on date NOT NULL,
    notice_form character varying(8),
    interview_at timestamp with time zone,
    interview_place character varying(100),
    interview_attendees character varying(500),
    interview_minutes character varying(4000),
    requirement character varying(2000),
    deadline date,
    reply character varying(4000),
    replied_at timestamp with time zone,
    accountability_form character varying(16),
    accountable_kind character varying(8),
    accountable_name character varying(100),
    public_decision character varying(2000),
    published_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_escalations PRIMARY KEY (id)
);

CREATE INDEX ix_escalation_problems_problem_id ON escalation_problems (problem_id);

CREATE UNIQUE INDEX ix_escalation_suggestions_basis ON escalation_suggestions (basis);

CREATE INDEX ix_escalation_suggestions_region_code_status ON escalation_suggestions (region_code varchar_pattern_ops, status);

CREATE INDEX ix_escalations_published_at ON escalations (published_at);

CREATE INDEX ix_escalations_region_code_decided_on ON escalations (region_code varchar_pattern_ops, decided_on);

CREATE INDEX ix_escalations_target_kind_target_id_level ON escalations (target_kind, target_id, level);
