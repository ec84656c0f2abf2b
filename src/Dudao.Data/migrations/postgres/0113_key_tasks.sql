-- 0113 key-task lists (重点任务清单): tasks with responsible departments, milestones and monthly progress reports.

CREATE TABLE key_tasks (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    number integer NOT NULL,
    title character varying(500) NOT NULL,
    deadline character varying(7) NOT NULL,
    completed_on date,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_key_tasks PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_key_tasks_region_code_number ON key_tasks (region_code, number);

CREATE TABLE key_task_units (
    id character varying(32) NOT NULL,
    key_task_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    position integer NOT NULL,
    department_id character varying(32) NOT NULL,
    department_name character varying(64) NOT NULL,
    CONSTRAINT pk_key_task_units PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_key_task_units_key_task_id_department_id ON key_task_units (key_task_id, department_id);
CREATE INDEX ix_key_task_units_department_id ON key_task_units (department_id);

CREATE TABLE key_task_milestones (
    id character varying(32) NOT NULL,
    key_task_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    position integer NOT NULL,
    title character varying(200) NOT NULL,
    month character varying(7) NOT NULL,
    CONSTRAINT pk_key_task_milestones PRIMARY KEY (id)
);

CREATE INDEX ix_key_task_milestones_key_task_id ON key_task_milestones (key_task_id);

CREATE TABLE key_task_reports (
    id character varying(32) NOT NULL,
    key_task_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    month character varying(7) NOT NULL,
    department_id character varying(32),
    unit_name character varying(64) NOT NULL,
    text character varying(2000) NOT NULL,
    percent integer NOT NULL,
    reported_at timestamp with time zone NOT NULL,
    reported_by character varying(64) NOT NULL,
    CONSTRAINT pk_key_task_reports PRIMARY KEY (id)
);

CREATE INDEX ix_key_task_reports_key_task_id_month ON key_task_reports (key_task_id, month);
