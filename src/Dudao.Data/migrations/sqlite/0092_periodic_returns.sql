-- 0092 periodic returns (报表): forms an office defines (or built in), one return per unit, form and
-- period, and each return's history of submissions, send-backs, acceptances and unlocks.

CREATE TABLE "return_forms" (
    "id" TEXT NOT NULL CONSTRAINT "pk_return_forms" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "key" TEXT NULL,
    "name" TEXT NOT NULL,
    "period_kind" TEXT NOT NULL,
    "due_day" INTEGER NOT NULL,
    "due_month_offset" INTEGER NOT NULL,
    "fillers" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "active" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_return_forms_key" ON "return_forms" ("key");
CREATE INDEX "ix_return_forms_region_code" ON "return_forms" ("region_code");

CREATE TABLE "returns" (
    "id" TEXT NOT NULL CONSTRAINT "pk_returns" PRIMARY KEY,
    "form_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "target_name" TEXT NOT NULL,
    "reviewer_region" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "due_on" TEXT NOT NULL,
    "first_submitted_at" TEXT NULL,
    "submitted_at" TEXT NULL,
    "submitted_by" TEXT NULL,
    "reviewed_at" TEXT NULL,
    "reviewed_by" TEXT NULL,
    "send_back_reason" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_returns_form_id_period_target_kind_target_id" ON "returns" ("form_id", "period", "target_kind", "target_id");
CREATE INDEX "ix_returns_region_code_form_id_period" ON "returns" ("region_code", "form_id", "period");
CREATE INDEX "ix_returns_reviewer_region_status" ON "returns" ("reviewer_region", "status");

CREATE TABLE "return_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_return_events" PRIMARY KEY,
    "return_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "reason" TEXT NULL,
    "data" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor" TEXT NOT NULL
);

CREATE INDEX "ix_return_events_return_id" ON "return_events" ("return_id");

-- Built in for every office: 000 §1 (每月20日前, the month before, by the departments that lead the checks)
-- and 000 §3 (the schools' quarterly summary and problem list, by the 20th of the quarter's last month).
INSERT INTO "return_forms" ("id", "region_code", "key", "name", "period_kind", "due_day", "due_month_offset", "fillers", "fields", "active", "created_at", "created_by", "version")
VALUES ('f0000000000000000000000000000001', '', 'monthly-statistics', '“双减”专项督导推进情况统计表', 'month', 20, 1, 'department', '[{"key":"jointMeetings","label":"部门联席会议（次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"topicMeetings","label":"专题会议（次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"trainingSessions","label":"“双减”专题培训（场次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"staffSent","label":"派出工作人员（人次）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"practitionersChecked","label":"检查从业人员（人）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"materialsChecked","label":"检查培训材料（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"contractsChecked","label":"检查培训合同（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"rectificationNotices","label":"下达整改通知书（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"illegalInstitutions","label":"查处无证无照机构（家）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"unqualifiedStaff","label":"查处不具备教学资质从业人员（名）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"billboardsRemoved","label":"拆除巨型广告牌（块）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"advertsRemoved","label":"清理违规广告（份）","type":"integer","required":true,"min":0,"max":100000,"choices":null},{"key":"note","label":"其他情况说明","type":"text","required":false,"min":null,"max":null,"choices":null}]', 1, '2026-01-01 00:00:00', 'system', 0),
       ('f0000000000000000000000000000002', '', 'quarterly-summary', '“双减”督导季度总结及问题清单', 'quarter', 20, 0, 'school', '[{"key":"work","label":"工作开展情况","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"highlights","label":"亮点","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"problems","label":"问题和不足","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"nextSteps","label":"下一步打算","type":"text","required":true,"min":null,"max":null,"choices":null},{"key":"problemList","label":"问题清单","type":"text","required":false,"min":null,"max":null,"choices":null},{"key":"excellentCases","label":"本季度报送优秀案例（篇）","type":"integer","required":true,"min":0,"max":100,"choices":null}]', 1, '2026-01-01 00:00:00', 'system', 0);
