-- 0094 issued quarterly bulletins (季度通报), once per region and quarter, and the 通报 each one issued.

CREATE TABLE quarterly_bulletins (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    quarter character varying(8) NOT NULL,
    number character varying(80) NOT NULL,
    issued_on date NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    issued_by character varying(64) NOT NULL,
    CONSTRAINT pk_quarterly_bulletins PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_quarterly_bulletins_region_code_quarter ON quarterly_bulletins (region_code, quarter);

CREATE TABLE quarterly_bulletin_escalations (
    bulletin_id character varying(32) NOT NULL,
    escalation_id character varying(32) NOT NULL,
    finding character varying(16) NOT NULL,
    CONSTRAINT pk_quarterly_bulletin_escalations PRIMARY KEY (bulletin_id, escalation_id)
);

CREATE UNIQUE INDEX ix_quarterly_bulletin_escalations_escalation_id ON quarterly_bulletin_escalations (escalation_id);
