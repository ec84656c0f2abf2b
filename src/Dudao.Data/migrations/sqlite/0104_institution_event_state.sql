-- 0104 institution event state: each step keeps the institution's status, licence and category just before it,
-- so the 压减 figures of a month (取缔 of 无证无照, a subject-type exit) are counted from the step's own row, by the
-- reporting rollups as by the 压减 page. Existing steps are back-filled by replaying the history: the state before a
-- step is the from_state of the next step of that kind at or after it (date, then time recorded, then id), or the
-- institution's current state when none follows. A registration has no state before it.

ALTER TABLE "institution_events" ADD COLUMN "status_before" TEXT NULL;
ALTER TABLE "institution_events" ADD COLUMN "licence_before" TEXT NULL;
ALTER TABLE "institution_events" ADD COLUMN "category_before" TEXT NULL;

UPDATE "institution_events" AS e SET
    "status_before" = COALESCE(
        (SELECT s."from_state" FROM "institution_events" s
         WHERE s."institution_id" = e."institution_id" AND s."kind" = 'status'
           AND (s."occurred_on", s."recorded_at", s."id") >= (e."occurred_on", e."recorded_at", e."id")
         ORDER BY s."occurred_on", s."recorded_at", s."id" LIMIT 1),
        (SELECT i."status" FROM "institutions" i WHERE i."id" = e."institution_id")),
    "licence_before" = COALESCE(
        (SELECT s."from_state" FROM "institution_events" s
         WHERE s."institution_id" = e."institution_id" AND s."kind" = 'licence'
           AND (s."occurred_on", s."recorded_at", s."id") >= (e."occurred_on", e."recorded_at", e."id")
         ORDER BY s."occurred_on", s."recorded_at", s."id" LIMIT 1),
        (SELECT i."licence" FROM "institutions" i WHERE i."id" = e."institution_id")),
    "category_before" = COALESCE(
        (SELECT s."from_state" FROM "institution_events" s
         WHERE s."institution_id" = e."institution_id" AND s."kind" = 'change' AND s."from_state" IS NOT NULL
           AND (s."occurred_on", s."recorded_at", s."id") >= (e."occurred_on", e."recorded_at", e."id")
         ORDER BY s."occurred_on", s."recorded_at", s."id" LIMIT 1),
        (SELECT i."category" FROM "institutions" i WHERE i."id" = e."institution_id"))
WHERE e."kind" <> 'register';
