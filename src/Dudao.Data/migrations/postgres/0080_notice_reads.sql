-- 0080 notice reads: a notice to a unit is read per account, not once for the whole unit.
-- Notices already read count as read by every account of their unit at that time.

CREATE TABLE notice_reads (
    notice_id character varying(32) NOT NULL,
    user_id character varying(32) NOT NULL,
    read_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_notice_reads PRIMARY KEY (notice_id, user_id)
);

CREATE INDEX ix_notice_reads_user_id ON notice_reads (user_id);

INSERT INTO notice_reads (notice_id, user_id, read_at)
SELECT n.id, u.id, n.read_at
FROM notices n
JOIN users u ON u.org_kind = n.org_kind AND u.region_code = n.region_code
    AND (u.org_ref_id = n.org_ref_id OR (u.org_ref_id IS NULL AND n.org_ref_id IS NULL))
WHERE n.read_at IS NOT NULL;

ALTER TABLE notices DROP COLUMN read_at;
