-- 0100 institution lifecycle: an institution's dated steps (registration, status, licence, 黑机构 found,
-- 变更), and the history of existing institutions back-filled from the audit log, once, here: each
-- audited creation becomes a registration and each audited change of status or licence a step, dated
-- on the day (Asia/Shanghai) it was recorded, with the audit entry's id, time and account.

CREATE TABLE institution_events (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    institution_id character varying(32) NOT NULL,
    kind character varying(16) NOT NULL,
    from_state character varying(8),
    to_state character varying(8),
    occurred_on date NOT NULL,
    reason character varying(500) NOT NULL,
    details character varying(1000),
    document_id character varying(32),
    recorded_at timestamp with time zone NOT NULL,
    recorded_by character varying(64) NOT NULL,
    CONSTRAINT pk_institution_events PRIMARY KEY (id)
);

CREATE INDEX ix_institution_events_institution_id_occurred_on ON institution_events (institution_id, occurred_on);
CREATE INDEX ix_institution_events_region_code_occurred_on ON institution_events (region_code, occurred_on);

INSERT INTO institution_events (id, region_code, institution_id, kind, from_state, to_state, occurred_on, reason, recorded_at, recorded_by)
SELECT a.id, i.region_code, i.id, 'register', NULL, a.changes::jsonb ->> 'Status', (a.at AT TIME ZONE 'Asia/Shanghai')::date, '登记（据审计日志补录）', a.at, a.user_name
FROM audit_entries a JOIN institutions i ON i.id = a.entity_id
WHERE a.entity_type = 'Institution' AND a.action = 'create' AND a.changes IS NOT NULL AND a.changes::jsonb ->> 'Status' IS NOT NULL;

INSERT INTO institution_events (id, region_code, institution_id, kind, from_state, to_state, occurred_on, reason, recorded_at, recorded_by)
SELECT a.id, i.region_code, i.id, 'status', a.changes::jsonb -> 'Status' ->> 'old', a.changes::jsonb -> 'Status' ->> 'new', (a.at AT TIME ZONE 'Asia/Shanghai')::date, '状态修改（据审计日志补录）', a.at, a.user_name
FROM audit_entries a JOIN institutions i ON i.id = a.entity_id
WHERE a.entity_type = 'Institution' AND a.action = 'update' AND a.changes IS NOT NULL AND a.changes::jsonb -> 'Status' ->> 'new' IS NOT NULL;

-- A licence change in the same entry as a status change gets its own id: the audit id with a suffix, cut to the column's 32.
INSERT INTO institution_events (id, region_code, institution_id, kind, from_state, to_state, occurred_on, reason, recorded_at, recorded_by)
SELECT substr(a.id, 1, 30) || 'lc', i.region_code, i.id, 'licence', a.changes::jsonb -> 'Licence' ->> 'old', a.changes::jsonb -> 'Licence' ->> 'new', (a.at AT TIME ZONE 'Asia/Shanghai')::date, '证照情况修改（据审计日志补录）', a.at, a.user_name
FROM audit_entries a JOIN institutions i ON i.id = a.entity_id
WHERE a.entity_type = 'Institution' AND a.action = 'update' AND a.changes IS NOT NULL AND a.changes::jsonb -> 'Licence' ->> 'new' IS NOT NULL;
