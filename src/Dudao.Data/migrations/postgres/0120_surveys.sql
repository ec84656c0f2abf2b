-- 0120 monitoring surveys: questionnaires (the built-in 双减 monitoring questionnaire seeded here), rounds,
-- one link per school and audience, anonymous responses with their answers, and problems opened from results.

CREATE TABLE questionnaires (
    id character varying(32) NOT NULL,
    key character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    owner_region character varying(9) NOT NULL,
    built_in boolean NOT NULL,
    based_on_id character varying(32),
    created_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_questionnaires PRIMARY KEY (id)
);

CREATE INDEX ix_questionnaires_owner_region ON questionnaires (owner_region);

CREATE TABLE survey_questions (
    questionnaire_id character varying(32) NOT NULL,
    code character varying(20) NOT NULL,
    position integer NOT NULL,
    text character varying(300) NOT NULL,
    kind character varying(20) NOT NULL,
    options character varying(2000),
    audiences character varying(40) NOT NULL,
    required boolean NOT NULL,
    min double precision,
    max double precision,
    unit character varying(10),
    measure character varying(20),
    CONSTRAINT pk_survey_questions PRIMARY KEY (questionnaire_id, code)
);

CREATE TABLE survey_rounds (
    id character varying(32) NOT NULL,
    owner_region character varying(9) NOT NULL,
    title character varying(100) NOT NULL,
    questionnaire_id character varying(32) NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    audiences character varying(40) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    closed_at timestamp with time zone,
    closed_by character varying(64),
    version integer NOT NULL,
    CONSTRAINT pk_survey_rounds PRIMARY KEY (id)
);

CREATE INDEX ix_survey_rounds_owner_region_from ON survey_rounds (owner_region, "from");

CREATE TABLE survey_links (
    id character varying(32) NOT NULL,
    round_id character varying(32) NOT NULL,
    school_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    audience character varying(10) NOT NULL,
    token character varying(32) NOT NULL,
    CONSTRAINT pk_survey_links PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_survey_links_token ON survey_links (token);
CREATE UNIQUE INDEX ix_survey_links_round_id_school_id_audience ON survey_links (round_id, school_id, audience);

CREATE TABLE survey_responses (
    id character varying(32) NOT NULL,
    round_id character varying(32) NOT NULL,
    school_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    audience character varying(10) NOT NULL,
    browser_key character varying(64) NOT NULL,
    submitted_on date NOT NULL,
    grade integer,
    homework_minutes double precision,
    sleep_hours double precision,
    after_school boolean,
    paid_tutoring boolean,
    CONSTRAINT pk_survey_responses PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_survey_responses_round_id_browser_key ON survey_responses (round_id, browser_key);
CREATE INDEX ix_survey_responses_round_id_region_code_school_id ON survey_responses (round_id, region_code, school_id);

CREATE TABLE survey_answers (
    response_id character varying(32) NOT NULL,
    question_code character varying(20) NOT NULL,
    round_id character varying(32) NOT NULL,
    school_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    value character varying(1000),
    number double precision,
    CONSTRAINT pk_survey_answers PRIMARY KEY (response_id, question_code)
);

CREATE INDEX ix_survey_answers_round_id_question_code_region_code ON survey_answers (round_id, question_code, region_code);

CREATE TABLE survey_problems (
    round_id character varying(32) NOT NULL,
    school_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    problem_id character varying(32) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_survey_problems PRIMARY KEY (round_id, school_id)
);

INSERT INTO questionnaires (id, key, name, owner_region, built_in, based_on_id, created_at, version) VALUES ('builtin-shuangjian-monitoring', 'shuangjian-monitoring', '“双减”工作专项监测问卷', '', TRUE, NULL, '2026-12-01 00:00:00+00', 0);

INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q01', 1, '孩子（你）现在读几年级？', 'single', '1=一年级' || chr(10) || '2=二年级' || chr(10) || '3=三年级' || chr(10) || '4=四年级' || chr(10) || '5=五年级' || chr(10) || '6=六年级' || chr(10) || '7=七年级（初一）' || chr(10) || '8=八年级（初二）' || chr(10) || '9=九年级（初三）', 'pupil,parent', TRUE, NULL, NULL, NULL, 'grade');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q02', 2, '上学日，孩子（你）平均每天完成书面作业大约用多少分钟？', 'number', NULL, 'pupil,parent', TRUE, 0, 600, '分钟', 'homework-minutes');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q03', 3, '上学日，孩子（你）平均每天睡眠大约多少小时？', 'number', NULL, 'pupil,parent', TRUE, 0, 24, '小时', 'sleep-hours');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q04', 4, '孩子（你）本学期是否参加学校的课后服务？', 'single', 'yes=是' || chr(10) || 'no=否', 'pupil,parent', TRUE, NULL, NULL, NULL, 'after-school');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q05', 5, '孩子（你）本学期是否参加校外学科类付费培训？', 'single', 'yes=是' || chr(10) || 'no=否', 'pupil,parent', TRUE, NULL, NULL, NULL, 'paid-tutoring');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q06', 6, '您对学校作业数量和质量的满意程度', 'scale', '5=非常满意' || chr(10) || '4=满意' || chr(10) || '3=一般' || chr(10) || '2=不满意' || chr(10) || '1=非常不满意', 'pupil,parent', TRUE, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q07', 7, '您对学校课后服务的满意程度', 'scale', '5=非常满意' || chr(10) || '4=满意' || chr(10) || '3=一般' || chr(10) || '2=不满意' || chr(10) || '1=非常不满意', 'pupil,parent', TRUE, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q08', 8, '课后服务开展了哪些活动？（可多选）', 'multiple', 'homework=作业辅导' || chr(10) || 'sports=体育活动' || chr(10) || 'arts=艺术活动' || chr(10) || 'science=科技活动' || chr(10) || 'reading=阅读' || chr(10) || 'other=其他', 'pupil,parent', FALSE, NULL, NULL, NULL, NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q09', 9, '您每周承担课后服务多少课时？', 'number', NULL, 'teacher', TRUE, 0, 40, '课时', NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q10', 10, '您本学期是否获得课后服务补助？', 'single', 'yes=是' || chr(10) || 'no=否', 'teacher', TRUE, NULL, NULL, NULL, NULL);
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q11', 11, '您对本校落实“双减”工作的总体满意程度', 'scale', '5=非常满意' || chr(10) || '4=满意' || chr(10) || '3=一般' || chr(10) || '2=不满意' || chr(10) || '1=非常不满意', 'pupil,parent,teacher', TRUE, NULL, NULL, NULL, 'satisfaction');
INSERT INTO survey_questions (questionnaire_id, code, position, text, kind, options, audiences, required, min, max, unit, measure) VALUES ('builtin-shuangjian-monitoring', 'Q12', 12, '您对学校落实“双减”还有什么意见和建议？', 'text', NULL, 'pupil,parent,teacher', FALSE, NULL, NULL, NULL, NULL);
