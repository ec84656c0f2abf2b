-- 0052 targets of supervision and school attributes: a person's unit on problems, escalations and
-- suggestions; who filed a 督办单's reply; a school's location, tier and boarding.

ALTER TABLE problems ADD COLUMN target_unit character varying(100);

ALTER TABLE escalations ADD COLUMN target_unit character varying(100);

ALTER TABLE escalations ADD COLUMN replied_by character varying(64);

ALTER TABLE escalation_suggestions ADD COLUMN target_unit character varying(100);

ALTER TABLE schools ADD COLUMN location character varying(8);

ALTER TABLE schools ADD COLUMN tier character varying(8);

ALTER TABLE schools ADD COLUMN boarding character varying(8);
