-- 0102 school vacations (寒暑假) per region; a region without any for a year follows the one above it.

CREATE TABLE school_vacations (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(32) NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    CONSTRAINT pk_school_vacations PRIMARY KEY (id)
);

CREATE INDEX ix_school_vacations_region_code_from ON school_vacations (region_code, "from");
