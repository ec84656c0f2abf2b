-- 0051 departments inspect, inspectors above county, 四不两直 plans:
-- a plan's visit kind and leading department; a department's configured remit (null = the standard
-- one of its name); first and second responsible inspectors; who proposed an escalation.

ALTER TABLE special_inspections ADD COLUMN kind character varying(16) NOT NULL DEFAULT 'special';
ALTER TABLE special_inspections ADD COLUMN lead_department_id character varying(32);

ALTER TABLE departments ADD COLUMN remit character varying(32);

ALTER TABLE assignments ADD COLUMN role character varying(8) NOT NULL DEFAULT 'first';
CREATE UNIQUE INDEX ix_assignments_second ON assignments (target_kind, target_id) WHERE role = 'second';

ALTER TABLE escalation_suggestions ADD COLUMN proposed_by character varying(64);
