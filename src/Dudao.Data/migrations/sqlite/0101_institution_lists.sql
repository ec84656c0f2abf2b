-- 0101 institution lists: each stay of an institution on the public white or black list, with the
-- dates and reasons of its entry and removal.

CREATE TABLE "institution_list_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_institution_list_entries" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "entered_on" TEXT NOT NULL,
    "entry_reason" TEXT NOT NULL,
    "entered_by" TEXT NOT NULL,
    "removed_on" TEXT NULL,
    "removal_reason" TEXT NULL,
    "removed_by" TEXT NULL
);

CREATE INDEX "ix_institution_list_entries_institution_id_entered_on" ON "institution_list_entries" ("institution_id", "entered_on");
CREATE INDEX "ix_institution_list_entries_list_removed_on" ON "institution_list_entries" ("list", "removed_on");
