-- 0112 dated scope grants (an account sees a region's or a target's records between two dates, ADR-112)
-- and the teams that write them: cross-inspection batches and their pairs, joint teams and their targets.

CREATE TABLE scope_grants (
    id character varying(32) NOT NULL,
    user_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    region_prefix character varying(9) NOT NULL,
    target_id character varying(32),
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    source_kind character varying(16) NOT NULL,
    source_id character varying(32) NOT NULL,
    CONSTRAINT pk_scope_grants PRIMARY KEY (id)
);

CREATE INDEX ix_scope_grants_user_id_valid_to ON scope_grants (user_id, valid_to);
CREATE INDEX ix_scope_grants_source_kind_source_id ON scope_grants (source_kind, source_id);

CREATE TABLE cross_inspections (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    year integer NOT NULL,
    half integer NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    seed character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_cross_inspections PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_cross_inspections_region_code_year_half ON cross_inspections (region_code, year, half);

CREATE TABLE cross_pairs (
    id character varying(32) NOT NULL,
    cross_inspection_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    position integer NOT NULL,
    inspecting character varying(9) NOT NULL,
    inspecting_name character varying(64) NOT NULL,
    inspected character varying(9) NOT NULL,
    inspected_name character varying(64) NOT NULL,
    CONSTRAINT pk_cross_pairs PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_cross_pairs_cross_inspection_id_inspecting ON cross_pairs (cross_inspection_id, inspecting);
CREATE UNIQUE INDEX ix_cross_pairs_cross_inspection_id_inspected ON cross_pairs (cross_inspection_id, inspected);

CREATE TABLE team_members (
    id character varying(32) NOT NULL,
    team_kind character varying(16) NOT NULL,
    team_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    user_id character varying(32) NOT NULL,
    user_name character varying(64) NOT NULL,
    display_name character varying(64) NOT NULL,
    agency character varying(32),
    CONSTRAINT pk_team_members PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_team_members_team_kind_team_id_user_id ON team_members (team_kind, team_id, user_id);
CREATE INDEX ix_team_members_user_id ON team_members (user_id);

CREATE TABLE joint_teams (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(100) NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_joint_teams PRIMARY KEY (id)
);

CREATE INDEX ix_joint_teams_region_code_from ON joint_teams (region_code, "from");

CREATE TABLE joint_targets (
    id character varying(32) NOT NULL,
    joint_team_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    CONSTRAINT pk_joint_targets PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_joint_targets_joint_team_id_target_id ON joint_targets (joint_team_id, target_id);
