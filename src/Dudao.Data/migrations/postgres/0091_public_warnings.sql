-- 0091 public warnings (预警提示): an early warning an office chose to publish to parents, one per region, kind and month.

CREATE TABLE public_warnings (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    kind character varying(20) NOT NULL,
    month character varying(7) NOT NULL,
    title character varying(100) NOT NULL,
    body character varying(500) NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by character varying(64) NOT NULL,
    CONSTRAINT pk_public_warnings PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_public_warnings_region_code_kind_month ON public_warnings (region_code, kind, month);
