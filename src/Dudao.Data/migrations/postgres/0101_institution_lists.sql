-- 0101 institution lists: each stay of an institution on the public white or black list, with the
-- dates and reasons of its entry and removal.

CREATE TABLE institution_list_entries (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    institution_id character varying(32) NOT NULL,
    list character varying(8) NOT NULL,
    entered_on date NOT NULL,
    entry_reason character varying(500) NOT NULL,
    entered_by character varying(64) NOT NULL,
    removed_on date,
    removal_reason character varying(500),
    removed_by character varying(64),
    CONSTRAINT pk_institution_list_entries PRIMARY KEY (id)
);

CREATE INDEX ix_institution_list_entries_institution_id_entered_on ON institution_list_entries (institution_id, entered_on);
CREATE INDEX ix_institution_list_entries_list_removed_on ON institution_list_entries (list, removed_on);
