-- 0092 periodic returns (报表): forms an office defines (or built in), one return per unit, form and
-- period, and each return's history of submissions, send-backs, acceptances and unlocks.

CREATE TABLE return_forms (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    "key" character varying(32),
    name character varying(100) NOT NULL,
    period_kind character varying(16) NOT NULL,
    due_day integer NOT NULL,
    due_month_offset integer NOT NULL,
    fillers character varying(64) NOT NULL,
    fields text NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_return_forms PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_return_forms_key ON return_forms ("key");
CREATE INDEX ix_return_forms_region_code ON return_forms (region_code);

CREATE TABLE returns (
    id character varying(32) NOT NULL,
    form_id character varying(32) NOT NULL,
    period character varying(8) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    target_name character varying(100) NOT NULL,
    reviewer_region character varying(9) NOT NULL,
    status character varying(16) NOT NULL,
    data text NOT NULL,
    revision integer NOT NULL,
    due_on date NOT NULL,
    first_submitted_at timestamp with time zone,
    submitted_at timestamp with time zone,
    submitted_by character varying(64),
    reviewed_at timestamp with time zone,
    reviewed_by character varying(64),
    send_back_reason character varying(500),
    created_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_returns PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_returns_form_id_period_target_kind_target_id ON returns (form_id, period, target_kind, target_id);
CREATE INDEX ix_returns_region_code_form_id_period ON returns (region_code, form_id, period);
CREATE INDEX ix_returns_reviewer_region_status ON returns (reviewer_region, status);

CREATE TABLE return_events (
    id character varying(32) NOT NULL,
    return_id character varying(32) NOT NULL,
    action character varying(16) NOT NULL,
    revision integer NOT NULL,
    reason character varying(500),
    data text NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(64) NOT NULL,
    CONSTRAINT pk_return_events PRIMARY KEY (id)
);

CREATE INDEX ix_return_events_return_id ON return_events (return_id);

-- Built in for every office: 000 §1 (每月20日前, the month before, by the departments that lead the checks)
-- and 000 §3 (the schools' quarterly summary and problem list, by the 20th of the quarter's last month).
INSERT INTO return_forms (id, region_code, "key", name, period_kind, due_day, due_month_offset, fillers, fields, active, created_at, created_by, version)
VALUES ('f0000000000000000000000000000001', '', 'monthly-statistics', '“双减”专项督导推进情况统计表', 'month', 20, 1, 'department', '[{"key":"jointMeetings","label":"部门联席会议（次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"topicMeetings","label":"专题会议（次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"trainingSessions","label":"“双减”专题培训（场次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"staffSent","label":"派出工作人员（人次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"practitionersChecked","label":"检查从业人员（人）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"materialsChecked","label":"检查培训材料（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"contractsChecked","label":"检查培训合同（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"rectificationNotices","label":"下达整改通知书（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"illegalInstitutions","label":"查处无证无照机构（家）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"unqualifiedStaff","label":"查处不具备教学资质从业人员（名）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"billboardsRemoved","label":"拆除巨型广告牌（块）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"advertsRemoved","label":"清理违规广告（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"note","label":"其他情况说明","type":"text","required":false,"min":null,"max":null,"choices":null}]', TRUE, '2026-01-01 00:00:00+00', 'system', 0),
       ('f0000000000000000000000000000002', '', 'quarterly-summary', '“双减”督导季度总结及问题清单', 'quarter', 20, 0, 'school', '[{"key":"work","label":"工作开展情况","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"highlights","label":"亮点","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"problems","label":"问题和不足","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"nextSteps","label":"下一步打算","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"problemList","label":"问题清单","type":"text","required":false,"min":null,"max":null,"choices":null},{"key":"excellentCases","label":"本季度报送优秀案例（篇）","type":"integer","required":true,"min":0,"max":100,"choices":null}]', TRUE, '2026-01-01 00:00:00+00', 'system', 0);
