-- 0110 campaigns: 双随机一公开 draws (the frozen canonical input, its hash, the seed and the canonical
-- result), the priority lists offices accept from the monthly risk ranking, and campaign windows
-- (集中督导, 回头看, holiday 专项) with their targets and teams.

CREATE TABLE draws (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    title character varying(100) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_count integer NOT NULL,
    inspector_count integer NOT NULL,
    seed_fixed_on date NOT NULL,
    seed_source character varying(200),
    input text NOT NULL,
    inputs_hash character varying(64) NOT NULL,
    algorithm character varying(32) NOT NULL,
    status character varying(16) NOT NULL,
    seed character varying(64),
    result text,
    run_at timestamp with time zone,
    run_by character varying(64),
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_draws PRIMARY KEY (id)
);

CREATE INDEX ix_draws_region_code_created_at ON draws (region_code, created_at);

CREATE TABLE targeting_lists (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    month character varying(7) NOT NULL,
    accepted_at timestamp with time zone NOT NULL,
    accepted_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_targeting_lists PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_targeting_lists_region_code_month ON targeting_lists (region_code, month);

CREATE TABLE targeting_entries (
    list_id character varying(32) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_name character varying(100) NOT NULL,
    region_code character varying(9) NOT NULL,
    rank integer NOT NULL,
    unannounced boolean NOT NULL,
    CONSTRAINT pk_targeting_entries PRIMARY KEY (list_id, target_id)
);

CREATE TABLE campaigns (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(16) NOT NULL,
    target_kind character varying(16) NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    filter_text character varying(200),
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_campaigns PRIMARY KEY (id)
);

CREATE INDEX ix_campaigns_region_code_starts_on ON campaigns (region_code, starts_on);

CREATE TABLE campaign_targets (
    campaign_id character varying(32) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    region_code character varying(9) NOT NULL,
    CONSTRAINT pk_campaign_targets PRIMARY KEY (campaign_id, target_id)
);

CREATE TABLE campaign_members (
    campaign_id character varying(32) NOT NULL,
    inspector_id character varying(32) NOT NULL,
    inspector_name character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    CONSTRAINT pk_campaign_members PRIMARY KEY (campaign_id, inspector_id)
);
