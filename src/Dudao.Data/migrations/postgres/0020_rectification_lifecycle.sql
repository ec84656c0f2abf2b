-- 0020 rectification lifecycle: the follow-up check date and every step of a problem's history.

ALTER TABLE problems ADD COLUMN follow_up_on date;

CREATE INDEX ix_problems_follow_up_on ON problems (follow_up_on);

CREATE INDEX ix_problems_status_deadline ON problems (status, deadline);

CREATE TABLE problem_steps (
    id character varying(32) NOT NULL,
    problem_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_id character varying(32) NOT NULL,
    action character varying(24) NOT NULL,
    from_status character varying(24) NOT NULL,
    to_status character varying(24) NOT NULL,
    note character varying(2000) NOT NULL,
    at timestamp with time zone NOT NULL,
    user_name character varying(64) NOT NULL,
    CONSTRAINT pk_problem_steps PRIMARY KEY (id)
);

CREATE INDEX ix_problem_steps_problem_id_at ON problem_steps (problem_id, at);

-- A problem's history is append-only, like the audit log.
CREATE TRIGGER problem_steps_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON problem_steps FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
