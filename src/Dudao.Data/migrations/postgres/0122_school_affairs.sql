-- 0122 school affairs: homework published per school, grade (or class) and week; exam calendars and
-- after-school plans per school and term. Each keeps the breaches found when saved and the problem opened from them.

CREATE TABLE homework_weeks (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    week_of date NOT NULL,
    grade integer NOT NULL,
    class_name character varying(30) NOT NULL,
    lines character varying(8000) NOT NULL,
    max_daily_minutes integer NOT NULL,
    limit_minutes integer,
    violations character varying(4000) NOT NULL,
    problem_id character varying(32),
    published_at timestamp with time zone NOT NULL,
    published_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_homework_weeks PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_homework_weeks_target_id_week_of_grade_class_name ON homework_weeks (target_id, week_of, grade, class_name);
CREATE INDEX ix_homework_weeks_region_code_week_of ON homework_weeks (region_code, week_of);

CREATE TABLE exam_calendars (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    term character varying(6) NOT NULL,
    exams character varying(8000) NOT NULL,
    violations character varying(4000) NOT NULL,
    problem_id character varying(32),
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_exam_calendars PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_exam_calendars_target_id_term ON exam_calendars (target_id, term);
CREATE INDEX ix_exam_calendars_region_code_term ON exam_calendars (region_code, term);

CREATE TABLE after_school_plans (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    term character varying(6) NOT NULL,
    days_per_week integer NOT NULL,
    minutes_per_day integer NOT NULL,
    end_time time without time zone NOT NULL,
    extended_care_end time without time zone,
    weekend_care boolean NOT NULL,
    holiday_care boolean NOT NULL,
    evening_study boolean NOT NULL,
    funding character varying(100) NOT NULL,
    fee_per_term numeric(10,2),
    teacher_subsidy numeric(10,2),
    pupils_taking_part integer NOT NULL,
    teachers_taking_part integer NOT NULL,
    violations character varying(4000) NOT NULL,
    problem_id character varying(32),
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_after_school_plans PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_after_school_plans_target_id_term ON after_school_plans (target_id, term);
CREATE INDEX ix_after_school_plans_region_code_term ON after_school_plans (region_code, term);
