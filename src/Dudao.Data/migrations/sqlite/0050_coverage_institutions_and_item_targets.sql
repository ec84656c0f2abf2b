-- 0050 coverage of institutions, checklist items by target, self-assessment summaries:
-- coverage marks name their target kind (school or institution), so 月月督 counts training institutions too;
-- each C item says whom it applies to (school, institution, government) so a school's forms show only its own items;
-- a self-assessment keeps its 自查小结 (four sections, pre-filled from the answers, editable).

ALTER TABLE "coverage_marks" RENAME COLUMN "school_id" TO "target_id";
ALTER TABLE "coverage_marks" ADD COLUMN "target_kind" TEXT NOT NULL DEFAULT 'school';
DROP INDEX "ix_coverage_marks_month_region_code";
CREATE INDEX "ix_coverage_marks_month_region_code_target_kind" ON "coverage_marks" ("month", "region_code", "target_kind");

ALTER TABLE "indicator_nodes" ADD COLUMN "applies_to" TEXT NULL;

-- The district checklist (seed 003, attachment 1): C24–C42 regulate training institutions, some items are the
-- government's or a department's duty (C35/C36 supervision bodies, C50 high-school admission, C52 funding …).
UPDATE indicator_nodes SET applies_to = 'school' WHERE template_id = 'builtin-shuangjian-school-2022' AND code IN ('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14', 'C15', 'C16', 'C17', 'C18', 'C19', 'C20', 'C21', 'C43', 'C45', 'C47', 'C48', 'C49', 'C55', 'C57');
UPDATE indicator_nodes SET applies_to = 'school,government' WHERE template_id = 'builtin-shuangjian-school-2022' AND code IN ('C22', 'C23', 'C44', 'C46', 'C51', 'C53', 'C54', 'C56', 'C58', 'C59');
UPDATE indicator_nodes SET applies_to = 'government' WHERE template_id = 'builtin-shuangjian-school-2022' AND code IN ('C24', 'C25', 'C26', 'C33', 'C34', 'C35', 'C36', 'C37', 'C38', 'C39', 'C42', 'C50', 'C52', 'C60');
UPDATE indicator_nodes SET applies_to = 'institution,government' WHERE template_id = 'builtin-shuangjian-school-2022' AND code IN ('C27', 'C28', 'C29', 'C30', 'C31', 'C32', 'C40', 'C41');
UPDATE indicator_nodes SET applies_to = 'institution' WHERE template_id = 'builtin-shuangjian-inst-2022' AND code LIKE 'C%';
-- A region's copy takes the marks of the built-in item with the same code and title; any other item keeps to its template's target.
UPDATE indicator_nodes SET applies_to = (SELECT b.applies_to FROM indicator_nodes b
    WHERE b.template_id = 'builtin-shuangjian-school-2022' AND b.code = indicator_nodes.code AND b.title = indicator_nodes.title)
WHERE applies_to IS NULL AND code LIKE 'C%' AND template_id IN (SELECT id FROM indicator_templates WHERE key = 'shuangjian-school');
UPDATE indicator_nodes SET applies_to = (SELECT t.target_kind FROM indicator_templates t WHERE t.id = indicator_nodes.template_id)
WHERE applies_to IS NULL AND code LIKE 'C%';

ALTER TABLE "self_assessments" ADD COLUMN "summary_work" TEXT NULL;
ALTER TABLE "self_assessments" ADD COLUMN "summary_highlights" TEXT NULL;
ALTER TABLE "self_assessments" ADD COLUMN "summary_problems" TEXT NULL;
ALTER TABLE "self_assessments" ADD COLUMN "summary_next_steps" TEXT NULL;
ALTER TABLE "self_assessments" ADD COLUMN "summary_saved_at" TEXT NULL;
