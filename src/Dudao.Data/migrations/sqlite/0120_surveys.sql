-- 0120 monitoring surveys: questionnaires (the built-in 双减 monitoring questionnaire seeded here), rounds,
-- one link per school and audience, anonymous responses with their answers, and problems opened from results.

CREATE TABLE "questionnaires" (
    "id" TEXT NOT NULL CONSTRAINT "pk_questionnaires" PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner_region" TEXT NOT NULL,
    "built_in" INTEGER NOT NULL,
    "based_on_id" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_questionnaires_owner_region" ON "questionnaires" ("owner_region");

CREATE TABLE "survey_questions" (
    "questionnaire_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "options" TEXT NULL,
    "audiences" TEXT NOT NULL,
    "required" INTEGER NOT NULL,
    "min" REAL NULL,
    "max" REAL NULL,
    "unit" TEXT NULL,
    "measure" TEXT NULL,
    CONSTRAINT "pk_survey_questions" PRIMARY KEY ("questionnaire_id", "code")
);

CREATE TABLE "survey_rounds" (
    "id" TEXT NOT NULL CONSTRAINT "pk_survey_rounds" PRIMARY KEY,
    "owner_region" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "questionnaire_id" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "audiences" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "closed_at" TEXT NULL,
    "closed_by" TEXT NULL,
    "version" INTEGER NOT NULL
);

CREATE INDEX "ix_survey_rounds_owner_region_from" ON "survey_rounds" ("owner_region", "from");

CREATE TABLE "survey_links" (
    "id" TEXT NOT NULL CONSTRAINT "pk_survey_links" PRIMARY KEY,
    "round_id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "token" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_survey_links_token" ON "survey_links" ("token");
CREATE UNIQUE INDEX "ix_survey_links_round_id_school_id_audience" ON "survey_links" ("round_id", "school_id", "audience");

CREATE TABLE "survey_responses" (
    "id" TEXT NOT NULL CONSTRAINT "pk_survey_responses" PRIMARY KEY,
    "round_id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "browser_key" TEXT NOT NULL,
    "submitted_on" TEXT NOT NULL,
    "grade" INTEGER NULL,
    "homework_minutes" REAL NULL,
    "sleep_hours" REAL NULL,
    "after_school" INTEGER NULL,
    "paid_tutoring" INTEGER NULL
);

CREATE UNIQUE INDEX "ix_survey_responses_round_id_browser_key" ON "survey_responses" ("round_id", "browser_key");
CREATE INDEX "ix_survey_responses_round_id_region_code_school_id" ON "survey_responses" ("round_id", "region_code", "school_id");

CREATE TABLE "survey_answers" (
    "response_id" TEXT NOT NULL,
    "question_code" TEXT NOT NULL,
    "round_id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "value" TEXT NULL,
    "number" REAL NULL,
    CONSTRAINT "pk_survey_answers" PRIMARY KEY ("response_id", "question_code")
);

CREATE INDEX "ix_survey_answers_round_id_question_code_region_code" ON "survey_answers" ("round_id", "question_code", "region_code");

CREATE TABLE "survey_problems" (
    "round_id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "problem_id" TEXT NOT NULL,
    "opened_at" TEXT NOT NULL,
    CONSTRAINT "pk_survey_problems" PRIMARY KEY ("round_id", "school_id")
);

INSERT INTO questionnaires (id, key, name, owner_region, built_in, based_on_id, created_at, version) VALUES ('builtin-shuangjian-monitoring', 'shuangjian-monitoring', '“双减”工作专项监测问卷', '', 1, NULL, '2026-12-01 00:00:00', 0);

INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q01', 1, '孩子（你）现在读几年级？', 'single', '1=一年级' || char(10) || '2=二年级' || char(10) || '3=三年级' || char(10) || '4=四年级' || char(10) || '5=五年级' || char(10) || '6=六年级' || char(10) || '7=七年级（初一）' || char(10) || '8=八年级（初二）' || char(10) || '9=九年级（初三）', 'pupil,parent', 1, NULL, NULL, NULL, 'grade');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q02', 2, '上学日，孩子（你）平均每天完成书面作业大约用多少分钟？', 'number', NULL, 'pupil,parent', 1, 0, 600, '分钟', 'homework-minutes');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q03', 3, '上学日，孩子（你）平均每天睡眠大约多少小时？', 'number', NULL, 'pupil,parent', 1, 0, 24, '小时', 'sleep-hours');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q04', 4, '孩子（你）本学期是否参加学校的课后服务？', 'single', 'yes=是' || char(10) || 'no=否', 'pupil,parent', 1, NULL, NULL, NULL, 'after-school');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q05', 5, '孩子（你）本学期是否参加校外学科类付费培训？', 'single', 'yes=是' || char(10) || 'no=否', 'pupil,parent', 1, NULL, NULL, NULL, 'paid-tutoring');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q06', 6, '您对学校作业数量和质量的满意程度', 'scale', '5=非常满意' || char(10) || '4=满意' || char(10) || '3=一般' || char(10) || '2=不满意' || char(10) || '1=非常不满意', 'pupil,parent', 1, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q07', 7, '您对学校课后服务的满意程度', 'scale', '5=非常满意' || char(10) || '4=满意' || char(10) || '3=一般' || char(10) || '2=不满意' || char(10) || '1=非常不满意', 'pupil,parent', 1, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q08', 8, '课后服务开展了哪些活动？（可多选）', 'multiple', 'homework=作业辅导' || char(10) || 'sports=体育活动' || char(10) || 'arts=艺术活动' || char(10) || 'science=科技活动' || char(10) || 'reading=阅读' || char(10) || 'other=其他', 'pupil,parent', 0, NULL, NULL, NULL, NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q09', 9, '您每周承担课后服务多少课时？', 'number', NULL, 'teacher', 1, 0, 40, '课时', NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q10', 10, '您本学期是否获得课后服务补助？', 'single', 'yes=是' || char(10) || 'no=否', 'teacher', 1, NULL, NULL, NULL, NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q11', 11, '您对本校落实“双减”工作的总体满意程度', 'scale', '5=非常满意' || char(10) || '4=满意' || char(10) || '3=一般' || char(10) || '2=不满意' || char(10) || '1=非常不满意', 'pupil,parent,teacher', 1, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q12', 12, '您对学校落实“双减”还有什么意见和建议？', 'text', NULL, 'pupil,parent,teacher', 0, NULL, NULL, NULL, NULL);
