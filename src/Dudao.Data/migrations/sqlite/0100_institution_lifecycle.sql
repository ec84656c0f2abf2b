-- 0100 institution lifecycle: an institution's dated steps (registration, status, licence, 黑机构 found,
-- 变更), and the history of existing institutions back-filled from the audit log, once, here: each
-- audited creation becomes a registration and each audited change of status or licence a step, dated
-- on the day (Asia/Shanghai) it was recorded, with the audit entry's id, time and account.

CREATE TABLE "institution_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_institution_events" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "from_state" TEXT NULL,
    "to_state" TEXT NULL,
    "occurred_on" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "details" TEXT NULL,
    "document_id" TEXT NULL,
    "recorded_at" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL
);

CREATE INDEX "ix_institution_events_institution_id_occurred_on" ON "institution_events" ("institution_id", "occurred_on");
CREATE INDEX "ix_institution_events_region_code_occurred_on" ON "institution_events" ("region_code", "occurred_on");

INSERT INTO "institution_events" ("id", "region_code", "institution_id", "kind", "from_state", "to_state", "occurred_on", "reason", "recorded_at", "recorded_by")
SELECT a."id", i."region_code", i."id", 'register', NULL, json_extract(a."changes", '$.Status'), date(a."at", '+8 hours'), '登记（据审计日志补录）', a."at", a."user_name"
FROM "audit_entries" a JOIN "institutions" i ON i."id" = a."entity_id"
WHERE a."entity_type" = 'Institution' AND a."action" = 'create' AND json_valid(a."changes") AND json_extract(a."changes", '$.Status') IS NOT NULL;

INSERT INTO "institution_events" ("id", "region_code", "institution_id", "kind", "from_state", "to_state", "occurred_on", "reason", "recorded_at", "recorded_by")
SELECT a."id", i."region_code", i."id", 'status', json_extract(a."changes", '$.Status.old'), json_extract(a."changes", '$.Status.new'), date(a."at", '+8 hours'), '状态修改（据审计日志补录）', a."at", a."user_name"
FROM "audit_entries" a JOIN "institutions" i ON i."id" = a."entity_id"
WHERE a."entity_type" = 'Institution' AND a."action" = 'update' AND json_valid(a."changes") AND json_extract(a."changes", '$.Status.new') IS NOT NULL;

-- A licence change in the same entry as a status change gets its own id: the audit id with a suffix, cut to the column's 32.
INSERT INTO "institution_events" ("id", "region_code", "institution_id", "kind", "from_state", "to_state", "occurred_on", "reason", "recorded_at", "recorded_by")
SELECT substr(a."id", 1, 30) || 'lc', i."region_code", i."id", 'licence', json_extract(a."changes", '$.Licence.old'), json_extract(a."changes", '$.Licence.new'), date(a."at", '+8 hours'), '证照情况修改（据审计日志补录）', a."at", a."user_name"
FROM "audit_entries" a JOIN "institutions" i ON i."id" = a."entity_id"
WHERE a."entity_type" = 'Institution' AND a."action" = 'update' AND json_valid(a."changes") AND json_extract(a."changes", '$.Licence.new') IS NOT NULL;
