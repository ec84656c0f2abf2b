-- 0011 inspections: visits, the monthly coverage marks (one per school and month), self-assessment rounds and special inspections.

CREATE TABLE coverage_marks (
    month character varying(7) NOT NULL,
    school_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    visit_id character varying(32) NOT NULL,
    visited_on date NOT NULL,
    CONSTRAINT pk_coverage_marks PRIMARY KEY (month, school_id)
);

CREATE TABLE self_assessment_rounds (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(100) NOT NULL,
    template_id character varying(32) NOT NULL,
    target_kind character varying(16) NOT NULL,
    deadline date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_self_assessment_rounds PRIMARY KEY (id)
);

CREATE TABLE self_assessments (
    id character varying(32) NOT NULL,
    round_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    status character varying(16) NOT NULL,
    results text NOT NULL,
    submitted_at timestamp with time zone,
    submitted_by character varying(64),
    version integer NOT NULL,
    CONSTRAINT pk_self_assessments PRIMARY KEY (id)
);

CREATE TABLE special_inspection_members (
    special_inspection_id character varying(32) NOT NULL,
    inspector_id character varying(32) NOT NULL,
    inspector_name character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    CONSTRAINT pk_special_inspection_members PRIMARY KEY (special_inspection_id, inspector_id)
);

CREATE TABLE special_inspection_targets (
    special_inspection_id character varying(32) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    region_code character varying(9) NOT NULL,
    CONSTRAINT pk_special_inspection_targets PRIMARY KEY (special_inspection_id, target_id)
);

CREATE TABLE special_inspections (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(100) NOT NULL,
    template_id character varying(32) NOT NULL,
    target_kind character varying(16) NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_special_inspections PRIMARY KEY (id)
);

CREATE TABLE visits (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    date date NOT NULL,
    month character varying(7) NOT NULL,
    kind character varying(16) NOT NULL,
    methods character varying(200) NOT NULL,
    template_id character varying(32) NOT NULL,
    inspector_id character varying(32),
    inspector_name character varying(64),
    special_inspection_id character varying(32),
    summary character varying(4000) NOT NULL,
    feedback character varying(2000),
    highlights character varying(2000),
    requirements character varying(2000),
    suggestions character varying(2000),
    results text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    updated_at timestamp with time zone,
    acknowledged_by character varying(64),
    acknowledged_at timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_visits PRIMARY KEY (id)
);

CREATE INDEX ix_coverage_marks_month_region_code ON coverage_marks (month, region_code varchar_pattern_ops);

CREATE INDEX ix_self_assessment_rounds_region_code ON self_assessment_rounds (region_code varchar_pattern_ops);

CREATE UNIQUE INDEX ix_self_assessments_round_id_target_id ON self_assessments (round_id, target_id);

CREATE INDEX ix_self_assessments_target_kind_target_id ON self_assessments (target_kind, target_id);

CREATE INDEX ix_special_inspections_region_code ON special_inspections (region_code varchar_pattern_ops);

CREATE INDEX ix_visits_region_code_date ON visits (region_code varchar_pattern_ops, date);

CREATE INDEX ix_visits_special_inspection_id ON visits (special_inspection_id);

CREATE INDEX ix_visits_target_kind_target_id_date ON visits (target_kind, target_id, date);
