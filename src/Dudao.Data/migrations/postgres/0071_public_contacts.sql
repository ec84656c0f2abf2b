-- 0071 public contacts: the authority that runs a region's public service and its complaint hotline,
-- shown on the public home; one row per region.

CREATE TABLE public_contacts (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    authority character varying(60) NOT NULL,
    hotline character varying(40) NOT NULL,
    CONSTRAINT pk_public_contacts PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_public_contacts_region_code ON public_contacts (region_code);
