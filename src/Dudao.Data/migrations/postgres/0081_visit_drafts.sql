-- 0081 visit drafts: the visit form saved as the inspector goes, one per account and target, kept
-- through an expired session; and C10's guidance worded for the form's three boxes (one per grade band).

CREATE TABLE visit_drafts (
    id character varying(32) NOT NULL,
    user_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    form text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    visit_id character varying(32),
    version integer NOT NULL,
    CONSTRAINT pk_visit_drafts PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_visit_drafts_user_id_target_kind_target_id ON visit_drafts (user_id, target_kind, target_id);

UPDATE indicator_nodes
SET guidance = '抽查作业记录并结合学生问卷，分1–2、3–6、7–9年级段填写日均书面作业分钟数；学校无某年级段时填0'
WHERE code = 'C10'
  AND guidance = '抽查作业记录并结合学生问卷，按1–2、3–6、7–9年级段依次填写日均书面作业分钟数，用“/”分隔；学校无某年级段时填0';
