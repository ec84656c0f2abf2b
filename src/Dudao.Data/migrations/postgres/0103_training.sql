-- 0103 training institutions: filings (备案) and their review, custody accounts, imported fund
-- statements (unique per institution and period, so a re-import changes nothing) and the flags they raise.

CREATE TABLE filings (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    kind character varying(20) NOT NULL,
    title character varying(100) NOT NULL,
    content character varying(8000) NOT NULL,
    status character varying(20) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    submitted_by character varying(64) NOT NULL,
    reviewed_at timestamp with time zone,
    reviewed_by character varying(64),
    return_reason character varying(500),
    version integer NOT NULL,
    CONSTRAINT pk_filings PRIMARY KEY (id)
);

CREATE INDEX ix_filings_target_id_kind ON filings (target_id, kind);
CREATE INDEX ix_filings_region_code_status ON filings (region_code, status);

CREATE TABLE custody_accounts (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    bank character varying(60) NOT NULL,
    account_no character varying(40) NOT NULL,
    platform character varying(60),
    since date NOT NULL,
    CONSTRAINT pk_custody_accounts PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_custody_accounts_target_id ON custody_accounts (target_id);

CREATE TABLE fund_statements (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    uscc character varying(18) NOT NULL,
    period character varying(7) NOT NULL,
    collected numeric(14,2) NOT NULL,
    released numeric(14,2) NOT NULL,
    refunded numeric(14,2) NOT NULL,
    balance numeric(14,2) NOT NULL,
    minimum_balance numeric(14,2) NOT NULL,
    max_purchase_lessons integer,
    max_purchase_months integer,
    oldest_refund_days integer,
    imported_at timestamp with time zone NOT NULL,
    imported_by character varying(64) NOT NULL,
    CONSTRAINT pk_fund_statements PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_fund_statements_uscc_period ON fund_statements (uscc, period);
CREATE INDEX ix_fund_statements_target_id_period ON fund_statements (target_id, period);

CREATE TABLE fund_flags (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    kind character varying(32) NOT NULL,
    key character varying(120) NOT NULL,
    period character varying(7),
    message character varying(300) NOT NULL,
    problem_id character varying(32),
    raised_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_fund_flags PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_fund_flags_key ON fund_flags (key);
CREATE INDEX ix_fund_flags_target_id_raised_at ON fund_flags (target_id, raised_at);
